import { describe, expect, it } from 'vitest';
import { ui } from '../../../framework/index.js';
import { openPage, recordCalls } from './support.js';

describe('ui.pageTitle', () => {
  it('sets the tab title from the page function (once connected) and from handlers', async () => {
    const recorded = recordCalls();
    const titles = (): unknown[] => recorded.calls.filter((op) => op[1] === 'title').map((op) => (op[2] as { title: string }).title);
    try {
      const user = await openPage(() => {
        ui.pageTitle('Draft');
        ui.pageTitle('Orders');
        ui.button('Rename', () => ui.pageTitle('Orders (3)'));
      });
      expect(titles()).toEqual(['Orders']);
      await user.find('Rename').click();
      expect(titles()).toEqual(['Orders', 'Orders (3)']);
    } finally {
      recorded.stop();
    }
  });
});
