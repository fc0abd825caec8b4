import { Element } from '../core/element.js';
import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface ListOptions {
  bordered?: boolean;
  dense?: boolean;
  /** A line between items. */
  separator?: boolean;
  padding?: boolean;
}

/** A list (QList) of `ui.item`s. */
export class List extends Element {
  constructor(options: ListOptions = {}) {
    super('q-list');
    this.props(optionProps(options, ['bordered', 'dense', 'separator', 'padding']));
  }
}

/** `ui.list({ bordered: true }, () => { ui.item('One'); ui.item('Two', open) })` */
export function list(options?: ListOptions | Builder, builder?: Builder): List {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new List(opts), build);
}
