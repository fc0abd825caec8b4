import { describe, expect, it } from 'vitest';
import { InputChips, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.inputChips', () => {
  it('turns typed values into chips and reports the list; duplicates are dropped', async () => {
    const values: string[][] = [];
    const user = await openPage(() => ui.inputChips({ label: 'Tags', value: ['red'], clearable: true, onChange: (e) => values.push(e.value) }));
    const chips = user.find('Tags');
    expect([chips.spec.tag, chips.prop('useChips'), chips.prop('useInput'), chips.prop('multiple'), chips.prop('newValueMode'), chips.value]).toEqual([
      'q-select', true, true, true, 'toggle', ['red'],
    ]);
    await chips.setValue(['red', 'green', 'green']);
    await chips.setValue(null);
    expect(values).toEqual([['red', 'green'], []]);
  });

  it('rejects anything but a bounded list of non-empty strings', async () => {
    const user = await openPage(() => ui.inputChips({ label: 'Tags', value: ['a'], maxLength: 5, maxChips: 3 }));
    const chips = user.find('Tags');
    for (const forged of ['a', [1], [''], ['   '], ['toolong'], ['a', 'b', 'c', 'd'], null, [{ x: 1 }]]) await chips.setValue(forged);
    expect((chips.element as InputChips).value).toEqual(['a']);
    expect(chips.value).toEqual(['a']);
  });
});
