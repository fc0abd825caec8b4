import { describe, expect, it } from 'vitest';
import { Carousel, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.carousel', () => {
  it('shows the first slide, follows the user, and rejects names of no slide', async () => {
    const seen: (string | null)[] = [];
    const user = await openPage(() =>
      ui.carousel({ arrows: true, navigation: true, onChange: (e) => seen.push(e.value) }, () => {
        ui.carouselSlide('a', () => ui.label('Slide A'));
        ui.carouselSlide('b', () => ui.label('Slide B'));
      }),
    );
    const carousel = user.find({ kind: Carousel });
    expect([carousel.spec.tag, carousel.value, carousel.prop('arrows'), carousel.prop('animated')]).toEqual(['q-carousel', 'a', true, true]);
    await carousel.setValue('b');
    for (const forged of ['c', 1, null]) await carousel.setValue(forged);
    expect([seen, carousel.value]).toEqual([['b'], 'b']);
  });

  it('moves with next/previous, wrapping around when infinite', async () => {
    let carousel!: Carousel;
    const user = await openPage(() => {
      carousel = ui.carousel({ infinite: true }, () => ['x', 'y', 'z'].forEach((n) => ui.carouselSlide(n)));
      ui.button('Next', () => carousel.next());
      ui.button('Previous', () => carousel.previous());
    });
    await user.find('Previous').click();
    expect(carousel.value).toBe('z');
    await user.find('Next').click();
    await user.find('Next').click();
    expect(user.find({ kind: Carousel }).value).toBe('y');
  });
});
