import { describe, expect, it } from 'vitest';
import { ColorPalette, ColorPicker, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.colorPicker', () => {
  it('opens from its button and reports each colour the user picks; forged colours are rejected', async () => {
    const picked: string[] = [];
    let picker!: ColorPicker;
    const user = await openPage(() => {
      ui.button('Colour', () => picker.open(), () => {
        picker = ui.colorPicker({ color: '#ff0000', onPick: (c) => picked.push(c) });
      });
    });
    const menu = user.find({ kind: ColorPicker });
    const palette = user.find({ kind: ColorPalette });
    expect([menu.spec.tag, palette.spec.tag, palette.value, menu.value]).toEqual(['q-menu', 'q-color', '#ff0000', false]);
    expect(picker.parent).toBe(user.find('Colour').element);
    await user.find('Colour').click();
    expect(menu.value).toBe(true);
    await palette.setValue('#00ff00');
    await palette.setValue('rgba(0,0,255,0.5)');
    for (const forged of ['red;background:url(x)', 'javascript:alert(1)', '#12345', null, 42]) await palette.setValue(forged);
    expect(picked).toEqual(['#00ff00', 'rgba(0,0,255,0.5)']);
    expect(picker.color).toBe('rgba(0,0,255,0.5)');
    picker.color = '#000';
    await user.settle();
    expect([palette.value, picked.length]).toEqual(['#000', 2]);
  });
});
