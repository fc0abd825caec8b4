import { describe, expect, it } from 'vitest';
import { Image, KiteError, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.image', () => {
  it('shows an image whose source handlers change', async () => {
    const user = await openPage(() => {
      const img = ui.image('/static/a.png', { ratio: 1 });
      ui.button('Next', () => (img.source = '/static/b.png'));
    });
    const img = user.find({ kind: Image });
    expect([img.spec.tag, img.prop('src'), img.prop('ratio')]).toEqual(['q-img', '/static/a.png', 1]);
    await user.find('Next').click();
    expect(img.prop('src')).toBe('/static/b.png');
  });

  it('accepts data images and refuses javascript: sources', async () => {
    let error: unknown;
    const user = await openPage(() => {
      ui.image('data:image/png;base64,iVBORw0KGgo=');
      try {
        ui.image('javascript:alert(1)');
      } catch (e) {
        error = e;
      }
    });
    expect(error).toBeInstanceOf(KiteError);
    expect(user.findAll({ kind: Image }).map((i) => i.prop('src'))).toEqual(['data:image/png;base64,iVBORw0KGgo=']);
  });
});
