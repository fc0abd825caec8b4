import { Element, type EventHandler } from '../core/element.js';
import { KiteError } from '../core/errors.js';
import { currentClient } from '../core/scope.js';
import type { NotifyOptions } from '../protocol/messages.js';

export type NotificationType = NonNullable<NotifyOptions['type']>;
export type NotificationPosition = NonNullable<NotifyOptions['position']>;

export interface NotificationOptions {
  caption?: string;
  /** Sets the icon and color; `ongoing` shows a spinner and stays until dismissed. */
  type?: NotificationType;
  /** A Quasar color name (`primary`, `red-7`). */
  color?: string;
  /** A Material icon name. */
  icon?: string;
  spinner?: boolean;
  /** A bar that shrinks until the timeout dismisses the notification. */
  progress?: boolean;
  /** Milliseconds until it goes away by itself (Quasar's default 5000; 0: only when dismissed). Each change restarts it. */
  timeout?: number;
  position?: NotificationPosition;
  /** A close button: `true` for Quasar's label, or the label to show. */
  closeBtn?: boolean | string;
  multiLine?: boolean;
}

const TYPES: readonly NotificationType[] = ['positive', 'negative', 'warning', 'info', 'ongoing'];
const POSITIONS: readonly NotificationPosition[] = ['top', 'top-right', 'top-left', 'bottom', 'bottom-right', 'bottom-left', 'center'];
const OPTION_KEYS = ['caption', 'type', 'color', 'icon', 'spinner', 'progress', 'timeout', 'position', 'closeBtn', 'multiLine'] as const;

/**
 * A notification that stays updatable, unlike the fire-and-forget `ui.notify`: change its
 * message, spinner or type while work goes on, and dismiss it from the server. When the tab
 * dismisses it (its timeout, its close button) the server hears a `dismiss` event and the
 * element goes away; `dismissed` tells either way. Text only, never HTML.
 *
 * It belongs to the page rather than to the container it was created in: hiding or clearing that
 * container does not take it away.
 */
export class Notification extends Element {
  constructor(message: string, options: NotificationOptions = {}) {
    checkOptions(options);
    super('k-notification', { parent: currentClient('ui.notification').layout });
    this.setProp('message', String(message));
    for (const key of OPTION_KEYS) if (options[key] !== undefined) this.setProp(key, options[key]);
    this.on('dismiss', () => this.remove());
  }

  /** True once the notification is gone, dismissed by the server or by the tab. */
  get dismissed(): boolean {
    return this.deleted;
  }

  /** Takes the notification away. The `dismiss` handlers are for the tab's dismissals; they do not run. */
  dismiss(): void {
    this.remove();
  }

  /** Runs when the tab dismisses the notification (its timeout or close button). */
  onDismiss(handler: EventHandler<this>): this {
    return this.on('dismiss', handler);
  }

  get message(): string {
    return this.getProp('message') as string;
  }

  set message(value: string) {
    this.option('message', String(value));
  }

  get caption(): string | undefined {
    return this.getProp('caption') as string | undefined;
  }

  set caption(value: string | undefined) {
    this.option('caption', value === undefined ? undefined : String(value));
  }

  get type(): NotificationType | undefined {
    return this.getProp('type') as NotificationType | undefined;
  }

  set type(value: NotificationType | undefined) {
    checkOptions({ type: value });
    this.option('type', value);
  }

  get color(): string | undefined {
    return this.getProp('color') as string | undefined;
  }

  set color(value: string | undefined) {
    this.option('color', value);
  }

  get icon(): string | undefined {
    return this.getProp('icon') as string | undefined;
  }

  set icon(value: string | undefined) {
    this.option('icon', value);
  }

  get spinner(): boolean {
    return this.getProp('spinner') === true;
  }

  set spinner(value: boolean) {
    this.option('spinner', Boolean(value));
  }

  get progress(): boolean {
    return this.getProp('progress') === true;
  }

  set progress(value: boolean) {
    this.option('progress', Boolean(value));
  }

  get timeout(): number | undefined {
    return this.getProp('timeout') as number | undefined;
  }

  set timeout(value: number | undefined) {
    checkOptions({ timeout: value });
    this.option('timeout', value);
  }

  get position(): NotificationPosition | undefined {
    return this.getProp('position') as NotificationPosition | undefined;
  }

  set position(value: NotificationPosition | undefined) {
    checkOptions({ position: value });
    this.option('position', value);
  }

  get closeBtn(): boolean | string | undefined {
    return this.getProp('closeBtn') as boolean | string | undefined;
  }

  set closeBtn(value: boolean | string | undefined) {
    this.option('closeBtn', value);
  }

  get multiLine(): boolean | undefined {
    return this.getProp('multiLine') as boolean | undefined;
  }

  set multiLine(value: boolean | undefined) {
    this.option('multiLine', value);
  }

  /** A dismissed notification is gone: later changes have nothing to change. */
  private option(key: string, value: unknown): void {
    if (!this.deleted) this.setProp(key, value);
  }

  private remove(): void {
    if (!this.deleted) this.delete();
  }
}

/** Quasar refuses these (with a console error and no notification); the page author hears it at once instead. */
function checkOptions({ type, position, timeout }: NotificationOptions): void {
  if (type !== undefined && !TYPES.includes(type)) throw new KiteError(`unknown notification type ${JSON.stringify(type)}: use one of ${TYPES.join(', ')}`);
  if (position !== undefined && !POSITIONS.includes(position))
    throw new KiteError(`unknown notification position ${JSON.stringify(position)}: use one of ${POSITIONS.join(', ')}`);
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout >= 0)) throw new KiteError(`a notification timeout must be a number of milliseconds >= 0, not ${timeout}`);
}

/**
 * `const n = ui.notification('Saving...', { type: 'ongoing' })`, later
 * `n.message = 'Saved'; n.type = 'positive'; n.timeout = 3000` or `n.dismiss()`.
 */
export function notification(message: string, options: NotificationOptions = {}): Notification {
  return new Notification(message, options);
}
