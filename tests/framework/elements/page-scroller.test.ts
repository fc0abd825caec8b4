import { describe, expect, it } from 'vitest';
import { PageScroller, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.pageScroller', () => {
  it('holds a back-to-top button, shown after the given scroll offset', async () => {
    const user = await openPage(() => ui.pageScroller({ scrollOffset: 150, yOffset: 30 }, () => ui.button('Top', { icon: 'arrow_upward' })));
    const scroller = user.find({ kind: PageScroller });
    expect([scroller.spec.tag, scroller.prop('position'), scroller.prop('scrollOffset'), scroller.prop('offset')]).toEqual([
      'q-page-scroller', 'bottom-right', 150, [18, 30],
    ]);
    expect(user.find('Top').element.parent).toBe(scroller.element);
  });
});
