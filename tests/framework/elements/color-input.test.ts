import { describe, expect, it } from 'vitest';
import { ColorInput, ColorPalette, ColorPicker, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.colorInput', () => {
  it('fills the field from the chooser behind its button, and moves the chooser when a colour is typed', async () => {
    const values: string[] = [];
    const user = await openPage(() => ui.colorInput({ label: 'Colour', value: '#112233', preview: true, onChange: (e) => values.push(e.value) }));
    const field = user.find('Colour');
    const palette = user.find({ kind: ColorPalette });
    const button = user.find({ kind: ColorInput }).element as ColorInput;
    expect([field.spec.tag, palette.value, button.button.slot, button.button.getStyle()['background-color']]).toEqual(['q-input', '#112233', 'append', '#112233']);
    await user.findAll({ tag: 'q-btn' })[0]!.click();
    expect(user.find({ kind: ColorPicker }).value).toBe(true);
    await palette.setValue('#abcdef');
    expect([field.value, button.button.getStyle()['background-color']]).toEqual(['#abcdef', '#abcdef']);
    await field.setValue('#000000');
    expect(palette.value).toBe('#000000');
    await field.setValue('red; background: url(evil)');
    expect([(field.element as ColorInput).value, palette.value, button.button.getStyle()['background-color']]).toEqual(['#000000', '#000000', '#000000']);
    expect(field.prop('error')).toBe(true);
    expect(values).toEqual(['#abcdef', '#000000']);
  });
});
