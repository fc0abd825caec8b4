import { Element } from '../core/element.js';
import { withBuilder, type Builder } from './mixins/builder.js';

/** The row of buttons under a step's content (QStepperNavigation), e.g. Back and Next. */
export class StepperNavigation extends Element {
  constructor() {
    super('q-stepper-navigation');
  }
}

/** `ui.stepperNavigation(() => { ui.button('Next', () => stepper.next()) })` inside a `ui.step` */
export function stepperNavigation(builder?: Builder): StepperNavigation {
  return withBuilder(new StepperNavigation(), builder);
}
