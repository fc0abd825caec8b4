import { describe, expect, it } from 'vitest';
import { Splitter, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.splitter', () => {
  it('puts content in the before and after panes', async () => {
    const user = await openPage(() => {
      ui.splitter({ value: 30, before: () => ui.label('Left'), after: () => ui.label('Right') });
      const second = ui.splitter({ horizontal: true });
      second.before(() => ui.label('Top')).after(() => ui.label('Bottom'));
    });
    const [first, second] = user.findAll({ kind: Splitter });
    expect([first!.spec.tag, first!.value, second!.prop('horizontal')]).toEqual(['q-splitter', 30, true]);
    const text = (ids: number[] | undefined): string[] => (ids ?? []).map((id) => user.tree.elements.get(id)!.t ?? '');
    expect([text(first!.spec.ch?.before), text(first!.spec.ch?.after)]).toEqual([['Left'], ['Right']]);
    expect([text(second!.spec.ch?.before), text(second!.spec.ch?.after), first!.spec.ch?.default]).toEqual([['Top'], ['Bottom'], undefined]);
  });

  it('reports where the user drags the separator, clamped to the limits', async () => {
    const sizes: number[] = [];
    const user = await openPage(() => ui.splitter({ limits: [20, 80], onChange: (e) => sizes.push(e.value) }));
    const splitter = user.find({ kind: Splitter });
    expect([splitter.value, splitter.prop('limits')]).toEqual([50, [20, 80]]);
    await splitter.setValue(35);
    await splitter.setValue(95);
    expect(splitter.value).toBe(80);
    for (const forged of ['40', null, Number.NaN]) await splitter.setValue(forged);
    expect(sizes).toEqual([35, 80]);
  });
});
