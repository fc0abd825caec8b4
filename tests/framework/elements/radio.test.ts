import { describe, expect, it } from 'vitest';
import { Radio, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.radio', () => {
  it('is a radio option group whose choice reaches the server', async () => {
    const picked: (string | null)[] = [];
    const user = await openPage(() => ui.radio({ s: 'Small', l: 'Large' }, { value: 's', inline: true, onChange: (e) => picked.push(e.value) }));
    const radio = user.find({ kind: Radio });
    expect([radio.spec.tag, radio.prop('type'), radio.prop('inline'), radio.value]).toEqual(['q-option-group', 'radio', true, 's']);
    await radio.setValue('l');
    expect(picked).toEqual(['l']);
  });

  it('rejects values that are not options (and null)', async () => {
    const user = await openPage(() => ui.radio([1, 2, 3], { value: 1 }));
    const radio = user.find({ kind: Radio });
    await radio.setValue(4);
    await radio.setValue('2');
    await radio.setValue(null);
    expect((radio.element as Radio<number>).value).toBe(1);
    expect(radio.value).toBe(1);
  });
});
