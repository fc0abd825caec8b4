import type { Element } from '../core/element.js';
import { optionProps, splitArgs, type Builder } from './mixins/builder.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';
import { Step } from './step.js';
import { namesBelow } from './tab.js';

export interface StepperOptions {
  /** The active step's name; defaults to the first step. */
  value?: string;
  /** Slide between steps (default true). */
  animated?: boolean;
  vertical?: boolean;
  /** The user may go to a step by clicking its header. */
  headerNav?: boolean;
  flat?: boolean;
  bordered?: boolean;
  alternativeLabels?: boolean;
  keepAlive?: boolean;
  color?: string;
  activeColor?: string;
  doneColor?: string;
  onChange?: ValueChangeHandler<string | null, Stepper>;
}

const PROPS = ['vertical', 'headerNav', 'flat', 'bordered', 'alternativeLabels', 'keepAlive', 'color', 'activeColor', 'doneColor'] as const;

/**
 * A sequence of steps (QStepper); the value is the active step's name. Only names of its enabled
 * steps are accepted from the tab; `next()` and `previous()` move on the server.
 */
export class Stepper extends ValueElement<string | null> {
  constructor(options: StepperOptions = {}) {
    super('q-stepper', options.value ?? null);
    this.props({ animated: options.animated ?? true, ...optionProps(options, PROPS) });
  }

  /** Names of the steps inside, in order. */
  get names(): string[] {
    return namesBelow(this, Step);
  }

  /** Goes to the next step (stays on the last). */
  next(): this {
    return this.advance(1);
  }

  /** Goes to the previous step (stays on the first). */
  previous(): this {
    return this.advance(-1);
  }

  private advance(by: number): this {
    const names = this.names;
    const at = this.value === null ? -1 : names.indexOf(this.value);
    const target = names[Math.min(names.length - 1, Math.max(0, at + by))];
    if (target !== undefined) this.value = target;
    return this;
  }

  protected override acceptValue(value: unknown): Accepted {
    if (typeof value !== 'string') return { ok: false };
    const step = this.stepNamed(value);
    return step && step.enabled ? { ok: true, value } : { ok: false };
  }

  private stepNamed(name: string, root: Element = this): Step | undefined {
    for (const slot of root.slotNames())
      for (const child of root.children(slot)) {
        const found = child instanceof Step ? (child.name === name ? child : undefined) : this.stepNamed(name, child);
        if (found) return found;
      }
    return undefined;
  }
}

/** `const s = ui.stepper(() => { ui.step('one', () => ui.button('Next', () => s.next())); ui.step('two') })` */
export function stepper(options?: StepperOptions | Builder, builder?: Builder): Stepper {
  const [opts, build] = splitArgs(options, builder);
  const el = new Stepper(opts);
  if (build) el.within(build);
  if (el.value === null && el.names.length) el.value = el.names[0]!;
  if (opts.onChange) el.onChange(opts.onChange);
  return el;
}
