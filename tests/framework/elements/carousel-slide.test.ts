import { describe, expect, it } from 'vitest';
import { CarouselSlide, KiteError, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.carouselSlide', () => {
  it('holds content and an optional background image; javascript: images are refused', async () => {
    const errors: unknown[] = [];
    const user = await openPage(() =>
      ui.carousel(() => {
        ui.carouselSlide('photo', { imgSrc: '/static/a.jpg' });
        ui.carouselSlide('text', () => ui.label('Hello'));
        try {
          ui.carouselSlide('bad', { imgSrc: 'javascript:alert(1)' });
        } catch (e) {
          errors.push(e);
        }
      }),
    );
    const [photo, text] = user.findAll({ kind: CarouselSlide });
    expect([photo!.spec.tag, photo!.prop('name'), photo!.prop('imgSrc')]).toEqual(['q-carousel-slide', 'photo', '/static/a.jpg']);
    expect(user.find('Hello').element.parent).toBe(text!.element);
    expect(errors.map((e) => e instanceof KiteError)).toEqual([true]);
    expect(() => photo!.element.setProp('imgSrc', 'javascript:x')).toThrow(KiteError);
  });
});
