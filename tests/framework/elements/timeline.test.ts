import { describe, expect, it } from 'vitest';
import { Timeline, TimelineEntry, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.timeline', () => {
  it('holds its entries in order, and entries added later go to the end', async () => {
    let timeline!: Timeline;
    const user = await openPage(() => {
      timeline = ui.timeline({ side: 'right', color: 'secondary' }, () => {
        ui.timelineEntry('Ordered', { title: 'Monday' });
      });
      ui.button('Ship', () => timeline.within(() => ui.timelineEntry('Shipped', { title: 'Tuesday' })));
    });
    const shown = user.find({ kind: Timeline });
    expect([shown.spec.tag, shown.prop('side'), shown.prop('color')]).toEqual(['q-timeline', 'right', 'secondary']);
    await user.find('Ship').click();
    expect(user.findAll({ kind: TimelineEntry }).map((e) => e.text)).toEqual(['Ordered', 'Shipped']);
  });
});
