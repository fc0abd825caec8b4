import { requireScope } from '../core/scope.js';
import { runHandler } from '../core/events.js';
import type { Element } from '../core/element.js';

export interface TimerOptions {
  /** Run only once, after the interval. */
  once?: boolean;
  /** Start paused; set `.active = true` later. */
  active?: boolean;
}

/**
 * Runs a callback every `interval` milliseconds for as long as the element it was created in
 * exists: deleting that element, or the client, stops the timer.
 */
export class Timer {
  private handle: NodeJS.Timeout | undefined;
  private _active: boolean;
  private cancelled = false;

  constructor(
    private readonly owner: Element,
    private _interval: number,
    private readonly callback: () => unknown,
    private readonly once: boolean,
    active: boolean,
  ) {
    this._active = active;
    owner.onDispose(() => this.cancel());
    this.schedule();
  }

  get active(): boolean {
    return this._active;
  }

  set active(value: boolean) {
    if (value === this._active) return;
    this._active = value;
    this.schedule();
  }

  get interval(): number {
    return this._interval;
  }

  set interval(ms: number) {
    this._interval = ms;
    this.schedule();
  }

  cancel(): void {
    this.cancelled = true;
    this.clear();
  }

  private schedule(): void {
    this.clear();
    if (!this._active || this.cancelled) return;
    const tick = (): void => {
      if (this.once) this.cancel();
      runHandler(this.owner, 'timer', this.callback);
    };
    this.handle = this.once ? setTimeout(tick, this._interval) : setInterval(tick, this._interval);
  }

  private clear(): void {
    if (this.handle) clearInterval(this.handle);
    this.handle = undefined;
  }
}

/** `ui.timer(1000, () => clock.text = new Date().toISOString())` */
export function timer(interval: number, callback: () => unknown, options: TimerOptions = {}): Timer {
  const scope = requireScope('ui.timer');
  return new Timer(scope.parent, Math.max(1, interval), callback, options.once ?? false, options.active ?? true);
}
