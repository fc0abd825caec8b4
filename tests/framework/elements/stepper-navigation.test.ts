import { describe, expect, it } from 'vitest';
import { Stepper, StepperNavigation, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.stepperNavigation', () => {
  it('holds the buttons under a step', async () => {
    const user = await openPage(() => {
      const stepper: Stepper = ui.stepper(() => {
        ui.step('a', () => ui.stepperNavigation(() => ui.button('Continue', () => stepper.next())));
        ui.step('b');
      });
    });
    const nav = user.find({ kind: StepperNavigation });
    expect([nav.spec.tag, user.find('Continue').element.parent]).toEqual(['q-stepper-navigation', nav.element]);
    await user.find('Continue').click();
    expect(user.find({ kind: Stepper }).value).toBe('b');
  });
});
