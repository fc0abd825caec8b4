import { describe, expect, it } from 'vitest';
import { SlideItem, ui } from '../../../framework/index.js';
import { openPage, recordCalls } from './support.js';

describe('ui.slideItem', () => {
  it('reveals coloured actions per side, reports slides, and slides back on reset', async () => {
    const slides: string[] = [];
    const user = await openPage(() => {
      ui.list(() => {
        const item = ui.slideItem('Mail', { onSlide: (side) => (slides.push(side), item.reset()) });
        item.left(() => ui.icon('done'), 'green').right(() => ui.icon('delete'), 'red');
      });
    });
    const item = user.find({ kind: SlideItem });
    expect([item.spec.tag, item.prop('leftColor'), item.prop('rightColor')]).toEqual(['q-slide-item', 'green', 'red']);
    const tags = (slot: string): string[] => (item.spec.ch?.[slot] ?? []).map((id) => user.tree.elements.get(id)!.tag);
    expect([tags('default'), tags('left'), tags('right')]).toEqual([['q-item'], ['q-icon'], ['q-icon']]);
    await expect(item.trigger('top')).rejects.toThrow(/does not listen/);
    const recorded = recordCalls();
    await item.trigger('right', {}).finally(recorded.stop);
    expect(slides).toEqual(['right']);
    expect(recorded.calls).toEqual([['c', 'method', { id: item.id, name: 'reset', args: [] }]]);
  });
});
