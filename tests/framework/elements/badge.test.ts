import { describe, expect, it } from 'vitest';
import { Badge, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.badge', () => {
  it('shows a count that handlers update', async () => {
    let unread = 3;
    const user = await openPage(() => {
      const badge = ui.badge(unread, { color: 'red' });
      ui.button('Read one', () => (badge.text = String(--unread)));
    });
    const badge = user.find({ kind: Badge });
    expect([badge.spec.tag, badge.text, badge.prop('color')]).toEqual(['q-badge', '3', 'red']);
    await user.find('Read one').click();
    expect(badge.text).toBe('2');
  });

  it('floats on a button', async () => {
    const user = await openPage(() => ui.button('Inbox', () => {}, () => ui.badge('5', { floating: true })));
    const badge = user.find({ kind: Badge });
    expect(badge.prop('floating')).toBe(true);
    expect(badge.element.parent).toBe(user.find('Inbox').element);
  });
});
