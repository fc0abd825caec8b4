import { describe, expect, it } from 'vitest';
import { KiteError, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.element', () => {
  it('creates any HTML tag or Quasar component, with children, props and events', async () => {
    let clicks = 0;
    const user = await openPage(() => {
      ui.element('section', () => ui.label('Inside')).classes('q-pa-md').mark('box');
      ui.element('q-banner').props({ dense: true }).mark('banner').on('click', () => clicks++);
    });
    const box = user.find({ marker: 'box' });
    expect([box.spec.tag, box.classes, user.find('Inside').element.parent]).toEqual(['section', ['q-pa-md'], box.element]);
    const banner = user.find({ marker: 'banner' });
    expect([banner.spec.tag, banner.prop('dense')]).toEqual(['q-banner', true]);
    await banner.click();
    expect(clicks).toBe(1);
  });

  it('refuses tags that load or run code, and malformed tags', async () => {
    const refused: unknown[] = [];
    const user = await openPage(() => {
      for (const tag of ['script', 'iframe', 'object', 'div onclick=x', 'SCRIPT', '<img>'])
        try {
          ui.element(tag);
        } catch (e) {
          refused.push(e instanceof KiteError);
        }
      ui.element().mark('plain');
    });
    expect(refused).toEqual([true, true, true, true, true, true]);
    expect(user.find({ marker: 'plain' }).spec.tag).toBe('div');
  });
});
