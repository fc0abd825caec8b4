import { Element } from '../core/element.js';
import { optionProps, splitArgs, withBuilder, type Builder } from './mixins/builder.js';

export interface TimelineOptions {
  /** Where the entries' content sits (on wide layouts). */
  side?: 'left' | 'right';
  layout?: 'dense' | 'comfortable' | 'loose';
  color?: string;
}

/** A vertical timeline (QTimeline) of `ui.timelineEntry`s. */
export class Timeline extends Element {
  constructor(options: TimelineOptions = {}) {
    super('q-timeline');
    this.props(optionProps(options, ['side', 'layout', 'color']));
  }
}

/** `ui.timeline({ side: 'right' }, () => { ui.timelineEntry('Shipped', { title: 'Order 12' }) })` */
export function timeline(options?: TimelineOptions | Builder, builder?: Builder): Timeline {
  const [opts, build] = splitArgs(options, builder);
  return withBuilder(new Timeline(opts), build);
}
