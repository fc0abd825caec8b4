import { describe, expect, it } from 'vitest';
import { Step, Stepper, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.stepper', () => {
  it('starts on the first step and moves with next/previous from handlers', async () => {
    const seen: (string | null)[] = [];
    const user = await openPage(() => {
      const stepper: Stepper = ui.stepper({ onChange: (e) => seen.push(e.value) }, () => {
        ui.step('cart', () => ui.button('To address', () => stepper.next()));
        ui.step('address', { title: 'Address' }, () => ui.button('Back', () => stepper.previous()));
        ui.step('pay', () => ui.button('Again', () => stepper.next()));
      });
    });
    const stepper = user.find({ kind: Stepper });
    expect([stepper.spec.tag, stepper.value, stepper.prop('animated')]).toEqual(['q-stepper', 'cart', true]);
    await user.find('To address').click();
    expect(stepper.value).toBe('address');
    await user.find('Back').click();
    expect(stepper.value).toBe('cart');
    (stepper.element as Stepper).value = 'pay';
    await user.find('Again').click(); // stays on the last step
    expect(seen).toEqual(['address', 'cart', 'pay']);
  });

  it('accepts only names of its enabled steps from the tab (header navigation)', async () => {
    const user = await openPage(() =>
      ui.stepper({ headerNav: true }, () => {
        ui.step('one');
        ui.step('two');
        ui.step('locked', { disable: true });
      }),
    );
    const stepper = user.find({ kind: Stepper });
    await stepper.setValue('two');
    for (const forged of ['locked', 'three', 2, null]) await stepper.setValue(forged);
    expect([(stepper.element as Stepper).value, stepper.value]).toEqual(['two', 'two']);
    expect(user.findAll({ kind: Step }).map((s) => s.prop('title'))).toEqual(['one', 'two', 'locked']);
  });
});
