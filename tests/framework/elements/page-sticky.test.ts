import { describe, expect, it } from 'vitest';
import { PageSticky, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.pageSticky', () => {
  it('pins its content to a corner of the page with an offset', async () => {
    let added = 0;
    const user = await openPage(() => {
      ui.pageSticky({ position: 'bottom-left', xOffset: 18, yOffset: 12 }, () => ui.button('Add', () => added++));
      ui.pageSticky({ position: 'top', expand: true });
    });
    const [corner, edge] = user.findAll({ kind: PageSticky });
    expect([corner!.spec.tag, corner!.prop('position'), corner!.prop('offset')]).toEqual(['q-page-sticky', 'bottom-left', [18, 12]]);
    expect([edge!.prop('position'), edge!.prop('expand')]).toEqual(['top', true]);
    expect(user.find('Add').element.parent).toBe(corner!.element);
    await user.find('Add').click();
    expect(added).toBe(1);
  });
});
