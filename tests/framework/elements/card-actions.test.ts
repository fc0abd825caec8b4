import { describe, expect, it } from 'vitest';
import { CardActions, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.cardActions', () => {
  it('holds the buttons of a card, aligned as asked, and they work', async () => {
    let saved = false;
    const user = await openPage(() =>
      ui.card(() => ui.cardActions({ align: 'right' }, () => ui.button('Save', () => (saved = true)))),
    );
    const actions = user.find({ kind: CardActions });
    expect([actions.spec.tag, actions.prop('align')]).toEqual(['q-card-actions', 'right']);
    await user.find('Save').click();
    expect(saved).toBe(true);
  });
});
