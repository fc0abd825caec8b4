import { describe, expect, it } from 'vitest';
import { Footer, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.footer', () => {
  it('goes into the page layout with its content', async () => {
    const user = await openPage(() => ui.column(() => ui.footer({ bordered: true }, () => ui.label('© Kite'))));
    const footer = user.find({ kind: Footer });
    expect([footer.spec.tag, footer.prop('bordered')]).toEqual(['q-footer', true]);
    expect(footer.element.parent).toBe(user.client.layout);
    await user.should.see('© Kite');
  });
});
