import { Element } from '../core/element.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';

export interface StepOptions {
  /** Shown in the step's header; defaults to the name. */
  title?: string;
  caption?: string;
  icon?: string;
  /** Marked as completed. */
  done?: boolean;
  /** Marked as failed. */
  error?: boolean;
  disable?: boolean;
}

/** One step of a `ui.stepper` (QStep); `name` identifies it in the stepper's value. */
export class Step extends Element {
  readonly name: string;

  constructor(name: string, options: StepOptions = {}) {
    super('q-step');
    this.name = name;
    this.props({ name, title: options.title ?? name, ...optionProps(options, ['caption', 'icon', 'done', 'error', 'disable']) });
  }

  get done(): boolean {
    return this.getProp('done') === true;
  }

  set done(value: boolean) {
    this.setProp('done', value || undefined);
  }
}

/** `ui.step('address', { title: 'Address' }, () => { ... })` inside `ui.stepper(() => ...)` */
export function step(name: string, options?: StepOptions | Builder, builder?: Builder): Step {
  const [opts, build] = typeof options === 'function' ? [{}, options] : [options ?? {}, builder];
  return withBuilder(new Step(name, opts), build);
}
