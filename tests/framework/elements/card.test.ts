import { describe, expect, it } from 'vitest';
import { Card, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.card', () => {
  it('holds what its builder creates, with the card options as props', async () => {
    const user = await openPage(() => ui.card({ flat: true, bordered: true }, () => ui.label('inside')));
    const card = user.find({ kind: Card });
    expect(card.spec.tag).toBe('q-card');
    expect(card.prop('flat')).toBe(true);
    expect(card.prop('bordered')).toBe(true);
    expect(user.find('inside').element.parent).toBe(card.element);
  });
});
