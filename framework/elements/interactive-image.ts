import { Element, type ElementEvent } from '../core/element.js';
import { KiteError } from '../core/errors.js';
import { sanitizeSvg } from './mixins/sanitize-svg.js';

export type ImageMouseEventType = 'click' | 'mousedown' | 'mouseup' | 'mousemove';

/** A mouse event on the image, at a point in the image's natural pixels (whatever its displayed size). */
export interface ImageMouseEvent extends ElementEvent<InteractiveImage> {
  readonly type: ImageMouseEventType;
  readonly imageX: number;
  readonly imageY: number;
  /** The button that changed (0 main, 1 middle, 2 secondary), as in DOM events. */
  readonly button: number;
  /** The buttons held down, as a bit mask (1 main, 2 secondary, 4 middle). */
  readonly buttons: number;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
}

export type ImageMouseHandler = (event: ImageMouseEvent) => unknown;

export interface InteractiveImageOptions {
  /** SVG markup drawn over the image, in its natural pixels (sanitized: drawing elements only). */
  content?: string;
  /** The mouse events the tab reports (default `['click']`); the others cost nothing. */
  events?: ImageMouseEventType[];
  /** Minimum milliseconds between two `mousemove` events (default 50). */
  throttle?: number;
  /** Crosshair lines following the pointer: `true`, or their CSS color. */
  cross?: boolean | string;
  onMouse?: ImageMouseHandler;
}

const EVENT_TYPES: readonly ImageMouseEventType[] = ['click', 'mousedown', 'mouseup', 'mousemove'];
const DEFAULT_THROTTLE = 50;

/**
 * Refuses sources the page's Content-Security-Policy (`img-src 'self' data: blob:`) would block:
 * absolute and protocol-relative URLs. Paths on this server, `data:image/...` and `blob:` remain.
 */
export function sameOriginImageSource(url: string): string {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^(data:image\/|blob:)/i.test(cleaned)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned) || /^[\\/]{2}/.test(cleaned))
    throw new KiteError(`image source "${url.slice(0, 40)}" is not on this server: use a path (/static/...), data:image/... or blob:`);
  return url;
}

/**
 * An image with an SVG overlay and mouse events in the image's own coordinates (natural pixels),
 * e.g. to annotate it or pick points on it. The overlay is sanitized on the server, also when it
 * changes. Events come from the tab, so each is checked before a handler sees it.
 */
export class InteractiveImage extends Element {
  private readonly events: readonly ImageMouseEventType[];
  private readonly throttle: number;
  private handlers: ImageMouseHandler[] | undefined;

  constructor(source: string, options: InteractiveImageOptions = {}) {
    sameOriginImageSource(source); // before the element joins the page
    const events = options.events ?? ['click'];
    for (const type of events) if (!EVENT_TYPES.includes(type)) throw new KiteError(`unknown image mouse event ${JSON.stringify(type)}: use ${EVENT_TYPES.join(', ')}`);
    super('k-interactive-image');
    this.events = [...new Set(events)];
    this.throttle = options.throttle ?? DEFAULT_THROTTLE;
    this.setProp('src', source);
    if (options.content) this.content = options.content;
    if (options.cross) this.cross = options.cross;
    if (options.onMouse) this.onMouse(options.onMouse);
  }

  get source(): string {
    return this.getProp('src') as string;
  }

  set source(value: string) {
    this.setProp('src', value);
  }

  /** The SVG overlay as sent to the tab (sanitized). */
  get content(): string {
    return (this.getProp('content') as string | undefined) ?? '';
  }

  set content(value: string) {
    this.setProp('content', value ? value : undefined);
  }

  get cross(): boolean | string {
    return (this.getProp('cross') as boolean | string | undefined) ?? false;
  }

  set cross(value: boolean | string) {
    this.setProp('cross', value ? value : undefined);
  }

  /** Handles the mouse events chosen by `events`; the tab starts sending them with the first handler. */
  onMouse(handler: ImageMouseHandler): this {
    if (!this.handlers) {
      this.handlers = [];
      for (const type of this.events) this.on(type, (event) => this.dispatch(type, event), type === 'mousemove' ? { throttle: this.throttle } : {});
    }
    this.handlers.push(handler);
    return this;
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'src' && value !== undefined) sameOriginImageSource(String(value));
    if (key === 'content' && value !== undefined) value = sanitizeSvg(String(value));
    return super.setProp(key, value);
  }

  private dispatch(type: ImageMouseEventType, event: ElementEvent<this>): void {
    const point = readPoint(type, event.args[0]);
    if (!point) {
      this.client.dropped++;
      return;
    }
    const mouse: ImageMouseEvent = { ...event, sender: this, ...point };
    // Each handler behind the error boundary of its own, like the handlers of any event.
    for (const handler of this.handlers ?? []) this.client.runSafely(() => handler(mouse), { element: this, where: `${type} handler` });
  }
}

type Point = Pick<ImageMouseEvent, 'type' | 'imageX' | 'imageY' | 'button' | 'buttons' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>;

/** The tab's event as a point, or undefined when it is not one (a forged or malformed message). */
function readPoint(type: ImageMouseEventType, arg: unknown): Point | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as Record<string, unknown>;
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const small = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 32;
  if (a.type !== type || !finite(a.imageX) || !finite(a.imageY) || !small(a.button) || !small(a.buttons)) return undefined;
  return {
    type,
    imageX: a.imageX,
    imageY: a.imageY,
    button: a.button,
    buttons: a.buttons,
    altKey: a.altKey === true,
    ctrlKey: a.ctrlKey === true,
    shiftKey: a.shiftKey === true,
    metaKey: a.metaKey === true,
  };
}

/**
 * `ui.interactiveImage('/static/plan.png', { onMouse: (e) => (e.sender.content = `<circle cx="${e.imageX}" cy="${e.imageY}" r="8" />`) })`
 */
export function interactiveImage(source: string, options: InteractiveImageOptions = {}): InteractiveImage {
  return new InteractiveImage(source, options);
}
