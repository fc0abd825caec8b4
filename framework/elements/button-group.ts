import { Element } from '../core/element.js';
import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface ButtonGroupOptions {
  flat?: boolean;
  outline?: boolean;
  push?: boolean;
  unelevated?: boolean;
  rounded?: boolean;
  square?: boolean;
  glossy?: boolean;
  /** The buttons fill the available width. */
  spread?: boolean;
  stretch?: boolean;
}

const PROPS = ['flat', 'outline', 'push', 'unelevated', 'rounded', 'square', 'glossy', 'spread', 'stretch'] as const;

/** Buttons joined into one bar (QBtnGroup); give its buttons the same style (`flat`, `outline`). */
export class ButtonGroup extends Element {
  constructor(options: ButtonGroupOptions = {}) {
    super('q-btn-group');
    this.props(optionProps(options, PROPS));
  }
}

/** `ui.buttonGroup(() => { ui.button('One'); ui.button('Two') })` */
export function buttonGroup(options?: ButtonGroupOptions | Builder, builder?: Builder): ButtonGroup {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new ButtonGroup(opts), build);
}
