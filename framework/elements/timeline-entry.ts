import { Element } from '../core/element.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';
import { safeUrl } from './mixins/sanitize.js';

export interface TimelineEntryOptions {
  title?: string;
  subtitle?: string;
  side?: 'left' | 'right';
  /** A heading between entries instead of an entry. */
  heading?: boolean;
  icon?: string;
  /** URL of an avatar image shown on the line (`javascript:` is refused). */
  avatar?: string;
  color?: string;
}

/** One entry of a `ui.timeline` (QTimelineEntry); the body text or the builder's elements are its content. */
export class TimelineEntry extends Element {
  constructor(body: string, options: TimelineEntryOptions = {}) {
    if (options.avatar) safeUrl(options.avatar, 'avatar', { dataImages: true });
    super('q-timeline-entry');
    this.props(optionProps(options, ['title', 'subtitle', 'side', 'heading', 'icon', 'avatar', 'color']));
    if (body) this.text = body;
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'avatar' && value !== undefined) safeUrl(String(value), 'avatar', { dataImages: true });
    return super.setProp(key, value);
  }
}

/** `ui.timelineEntry('Rewrote the parser', { title: 'v2.0', subtitle: 'May 2025', icon: 'rocket' })` */
export function timelineEntry(body = '', options: TimelineEntryOptions = {}, builder?: Builder): TimelineEntry {
  return withBuilder(new TimelineEntry(body, options), builder);
}
