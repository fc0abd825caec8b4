import { describe, expect, it } from 'vitest';
import { Avatar, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.avatar', () => {
  it('shows an icon or initials and can switch icons', async () => {
    let person!: Avatar;
    const user = await openPage(() => {
      person = ui.avatar('person', { color: 'primary', textColor: 'white' }).mark('icon');
      ui.avatar(undefined, { text: 'AB', rounded: true }).mark('initials');
      ui.button('Away', () => (person.icon = 'bedtime'));
    });
    const icon = user.find({ marker: 'icon' });
    expect([icon.spec.tag, icon.prop('icon'), icon.prop('color')]).toEqual(['q-avatar', 'person', 'primary']);
    const initials = user.find({ marker: 'initials' });
    expect([initials.text, initials.prop('icon'), initials.prop('rounded')]).toEqual(['AB', undefined, true]);
    await user.find('Away').click();
    expect(icon.prop('icon')).toBe('bedtime');
  });
});
