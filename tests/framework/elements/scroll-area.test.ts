import { describe, expect, it, vi } from 'vitest';
import { ScrollArea, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.scrollArea', () => {
  it('has a height so it can scroll, and scrolls on request', async () => {
    let area!: ScrollArea;
    const user = await openPage(() => {
      area = ui.scrollArea({ height: '120px' }, () => {
        for (let i = 0; i < 30; i++) ui.label(`line ${i}`);
      });
      ui.button('To the end', () => area.scrollTo(1, { percent: true }));
    });
    const shown = user.find({ kind: ScrollArea });
    expect([shown.spec.tag, shown.spec.s]).toEqual(['q-scroll-area', { height: '120px', width: '100%' }]);
    expect(area.children()).toHaveLength(30);
    const runMethod = vi.spyOn(user.client, 'runMethod');
    await user.find('To the end').click();
    expect(runMethod).toHaveBeenCalledWith(area, 'setScrollPercentage', ['vertical', 1, 0]);
  });
});
