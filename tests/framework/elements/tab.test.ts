import { describe, expect, it } from 'vitest';
import { Tab, Tabs, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.tab', () => {
  it('shows its label (the name by default) and can be activated by element', async () => {
    let tabs!: Tabs;
    let second!: Tab;
    const user = await openPage(() => {
      tabs = ui.tabs(() => {
        ui.tab('first');
        second = ui.tab('second', { label: 'Second tab', icon: 'star' });
      });
      ui.button('Go to second', () => (tabs.active = second));
    });
    const first = user.find({ kind: Tab, text: 'first' });
    expect([first.spec.tag, first.prop('name'), first.prop('label')]).toEqual(['q-tab', 'first', 'first']);
    expect(user.find('Second tab').prop('icon')).toBe('star');
    await user.find('Go to second').click();
    expect(user.find({ kind: Tabs }).value).toBe('second');
  });
});
