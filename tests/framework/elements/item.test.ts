import { describe, expect, it } from 'vitest';
import { Item, ItemSection, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.item', () => {
  it('shows its text in a section; with a handler it is clickable and reports clicks', async () => {
    const opened: string[] = [];
    const user = await openPage(() =>
      ui.list(() => {
        ui.item('Inbox', () => opened.push('inbox'));
        ui.item('Static');
      }),
    );
    const [inbox, plain] = user.findAll({ kind: Item });
    expect([inbox!.spec.tag, inbox!.prop('clickable'), plain!.prop('clickable')]).toEqual(['q-item', true, undefined]);
    const section = user.find('Inbox');
    expect(section.element).toBeInstanceOf(ItemSection);
    expect(section.element.parent).toBe(inbox!.element);
    await inbox!.click();
    expect(opened).toEqual(['inbox']);
    await expect(plain!.click()).rejects.toThrow(/does not react/);
  });

  it('takes sections from a builder', async () => {
    const user = await openPage(() =>
      ui.item(() => {
        ui.itemSection({ avatar: true }, () => ui.icon('mail'));
        ui.itemSection('Mail');
      }),
    );
    const item = user.find({ kind: Item });
    expect(item.element.children().map((c) => c.tag)).toEqual(['q-item-section', 'q-item-section']);
    expect(item.element.children()[0]!.getProp('avatar')).toBe(true);
  });
});
