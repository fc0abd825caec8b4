import { describe, expect, it } from 'vitest';
import { CardSection, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.cardSection', () => {
  it('groups content inside a card', async () => {
    const user = await openPage(() =>
      ui.card(() => {
        ui.cardSection(() => ui.label('Title'));
        ui.cardSection({ horizontal: true }, () => ui.label('Body'));
      }),
    );
    const [title, body] = user.findAll({ kind: CardSection });
    expect(title!.spec.tag).toBe('q-card-section');
    expect(title!.element.parent?.tag).toBe('q-card');
    expect(body!.prop('horizontal')).toBe(true);
    expect(user.find('Body').element.parent).toBe(body!.element);
  });
});
