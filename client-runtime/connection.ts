import type { CallHandler } from '../framework/protocol/apply.js';
import { CloseCode, UNKNOWN_CLIENT, type DownMessage, type ElementId, type Remounted, type UpMessage } from '../framework/protocol/messages.js';
import { AckScheduler } from './acks.js';
import { backoffDelay, restartBackoff } from './backoff.js';
import type { Clock } from './clock.js';
import { closeAction } from './close-action.js';
import type { SocketHandlers, SocketLike } from './socket.js';
import type { StatusView } from './status.js';
import type { Store } from './store.js';

export interface ConnectionEnv {
  /** The websocket URL for a (re)join after frame `seq`. */
  url(seq: number): string;
  open(url: string, handlers: SocketHandlers): SocketLike;
  clock: Clock;
  random(): number;
  status: StatusView;
  /** The reload-once guard for close code 4404. */
  mayReload(): boolean;
  /** Reloads the document; the tab's values are kept for the reloaded page (see recovered.ts). */
  reload(): void;
  onCall: CallHandler;
  /** The tab's path and query, and the runtime build it runs: what a re-mount asks for. */
  path(): string;
  build: string;
  /** The page was rebuilt under a new client: the next joins use its id and secret. */
  remounted(remount: Remounted, translation: ReadonlyMap<ElementId, ElementId>): void;
  /** Goes to another page (a re-mount the server sent elsewhere, e.g. to the login page). */
  navigate(location: string): void;
}

/**
 * Minimum milliseconds between two sends of values. The first change goes out at once; faster
 * ones (a dragged slider) are coalesced to the latest value, which keeps the server's rate limit
 * out of reach and loses nothing: the latest value contains every keystroke.
 */
const VALUE_INTERVAL_MS = 50;

/**
 * How long an event fired while the socket is down waits for the rejoin: a click during a short
 * drop still counts once the tab is back; one fired long before (the tab was offline) is not sent.
 */
const EVENT_HOLD_MS = 10_000;
/** At most this many events wait for a rejoin; later ones are dropped (the banner says the tab is offline). */
const MAX_HELD_EVENTS = 50;

/** The tab closes with this normal code when the page goes into the back-forward cache. */
const PAUSED = 1000;

function parseDown(data: string): DownMessage | undefined {
  try {
    const message: unknown = JSON.parse(data);
    return Array.isArray(message) && typeof message[0] === 'string' ? (message as DownMessage) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tab's websocket: applies frames in order, acks them in batches, and rejoins with jittered
 * backoff after a drop, sending its last seq so the server replays or resyncs. While it is down
 * the latest value per element is kept, and events of the last `EVENT_HOLD_MS`; the rejoin sends
 * the values, then the events in the order they were fired.
 *
 * A server that does not know the tab's client (it restarted) says so first: the tab then asks
 * for a re-mount with its values by recovery key, and swaps in the rebuilt page without a reload.
 * What the user does meanwhile waits, and goes to the rebuilt elements once the page is back.
 */
export class Connection {
  private current: SocketLike | undefined;
  private open = false;
  private stopped = false;
  private attempt = 0;
  private retryTimer: unknown;
  /** The latest unsent value per element: coalesced while connected, kept while disconnected. */
  private readonly unsentValues = new Map<ElementId, [unknown, number]>();
  private valueTimer: unknown;
  private lastValueFlush = -Infinity;
  /** Events fired while the socket was down, with when. */
  private heldEvents: [firedAt: number, message: UpMessage][] = [];
  /** Values sent on this socket before the server's first message (see Store.applyDown). */
  private resent: Map<ElementId, unknown> | undefined;
  /**
   * Events sent on this socket before the server's first message, while it may yet say it does
   * not know the tab: kept for a re-mount. Undefined once the server has spoken.
   */
  private sentEarly: [firedAt: number, message: UpMessage][] | undefined;
  /** Since the server said it restarts, until the tab is back: retries stay frequent. */
  private restarting = false;
  private readonly acks: AckScheduler;

  constructor(
    private readonly store: Store,
    private readonly env: ConnectionEnv,
  ) {
    this.acks = new AckScheduler((seq) => this.send(['a', seq]), env.clock);
  }

  get connected(): boolean {
    return this.open;
  }

  get socket(): SocketLike | undefined {
    return this.current;
  }

  connect(): void {
    if (this.stopped || this.current) return;
    this.clearRetry();
    const handlers: SocketHandlers = {
      open: () => socket === this.current && this.opened(),
      message: (data) => socket === this.current && this.received(data),
      close: (code) => socket === this.current && this.closed(code),
    };
    const socket = this.env.open(this.env.url(this.store.seq), handlers);
    this.current = socket;
  }

  /**
   * Sends an event now, after any coalesced values (a click on Save must see what was typed), or
   * keeps it for the rejoin when disconnected. False when it is dropped: the page has stopped, or
   * too many events wait already.
   */
  sendEvent(id: ElementId, name: string, args: unknown[]): boolean {
    const message: UpMessage = ['e', id, name, args];
    if (this.open) {
      this.flushValues();
      return this.transmitEvent(this.env.clock.now(), message);
    }
    if (this.stopped || this.heldEvents.length >= MAX_HELD_EVENTS) return false;
    this.heldEvents.push([this.env.clock.now(), message]);
    return true;
  }

  /** Sends a value soon (see VALUE_INTERVAL_MS), or keeps the latest per element until the rejoin. */
  sendValue(id: ElementId, value: unknown, edits: number): void {
    this.unsentValues.set(id, [value, edits]);
    if (!this.open || this.valueTimer !== undefined) return;
    const wait = this.lastValueFlush + VALUE_INTERVAL_MS - this.env.clock.now();
    if (wait <= 0) this.flushValues();
    else this.valueTimer = this.env.clock.setTimeout(() => this.flushValues(), wait);
  }

  sendResult(call: number, result: unknown): void {
    if (this.open) this.send(['r', call, result]);
  }

  /** The page is going away for good: the server may free the client at once. */
  leave(): void {
    this.stopped = true;
    this.closeCurrent(CloseCode.Leaving, 'leaving');
  }

  /** The page goes into the back-forward cache: close, keep the client, rejoin on `resume`. */
  pause(): void {
    this.closeCurrent(PAUSED, 'paused');
  }

  resume(): void {
    this.connect();
  }

  /** Skips the backoff wait (e.g. the browser came back online). */
  retryNow(): void {
    if (this.retryTimer !== undefined) this.connect();
  }

  private send(message: UpMessage): boolean {
    try {
      this.current!.send(JSON.stringify(message));
      return true;
    } catch (error) {
      console.warn('kite: send failed', error);
      return false;
    }
  }

  private opened(): void {
    this.open = true;
    this.attempt = 0;
    this.restarting = false;
    this.env.status.reconnecting(false);
    this.resent = new Map([...this.unsentValues].map(([id, [value]]) => [id, value]));
    this.sentEarly = [];
    this.flushValues();
    this.flushHeldEvents();
  }

  private flushHeldEvents(): void {
    const held = this.heldEvents;
    if (held.length === 0) return;
    this.heldEvents = [];
    const now = this.env.clock.now();
    for (const [firedAt, message] of held) if (now - firedAt <= EVENT_HOLD_MS) this.transmitEvent(firedAt, message);
  }

  private transmitEvent(firedAt: number, message: UpMessage): boolean {
    this.sentEarly?.push([firedAt, message]);
    return this.send(message);
  }

  /** The server does not know this tab: ask it to rebuild the page, handing over what the user typed. */
  private askRemount(sentEarly: [number, UpMessage][]): void {
    // Until the answer, nothing else goes out: what the user does waits, as while disconnected.
    this.open = false;
    this.acks.cancel();
    this.clearValueTimer();
    this.resent = undefined;
    // Events the unknown server ignored wait for the rebuilt page; values are in the tree.
    this.heldEvents = [...sentEarly, ...this.heldEvents];
    this.send(['m', { path: this.env.path(), values: this.store.keyedValues(), build: this.env.build }]);
  }

  /** The rebuilt page is in the tree: what waited goes to its namesakes in the rebuilt page. */
  private remounted(remount: Remounted, translation: ReadonlyMap<ElementId, ElementId>): void {
    const unsent = [...this.unsentValues];
    this.unsentValues.clear();
    for (const [id, [value]] of unsent) {
      const now = translation.get(id);
      // Typed while the re-mount was on its way: the tab keeps showing it, and sends it.
      const edits = now === undefined ? undefined : this.store.editValue(now, value);
      if (edits !== undefined) this.unsentValues.set(now!, [value, edits]);
    }
    this.heldEvents = this.heldEvents.flatMap(([firedAt, message]) => {
      const now = message[0] === 'e' ? translation.get(message[1]) : undefined;
      return now === undefined ? [] : [[firedAt, ['e', now, message[2], message[3]] as UpMessage]];
    });
    this.env.remounted(remount, translation);
    this.open = true;
    this.acks.applied(remount.seq);
    this.flushValues();
    this.flushHeldEvents();
  }

  private flushValues(): void {
    this.clearValueTimer();
    if (this.unsentValues.size === 0) return;
    this.lastValueFlush = this.env.clock.now();
    for (const [id, [value, edits]] of this.unsentValues) {
      if (!this.send(['v', id, value, edits])) return;
      this.unsentValues.delete(id);
    }
  }

  private clearValueTimer(): void {
    if (this.valueTimer !== undefined) this.env.clock.clearTimeout(this.valueTimer);
    this.valueTimer = undefined;
  }

  private received(data: string): void {
    const message = parseDown(data);
    if (!message) return console.error('kite: malformed message from the server', data.slice(0, 200));
    const sentEarly = this.sentEarly;
    this.sentEarly = undefined;
    if (message[0] === 'e' && message[1] === UNKNOWN_CLIENT) return this.askRemount(sentEarly ?? []);
    const resent = this.resent;
    this.resent = undefined;
    let result;
    try {
      result = this.store.applyDown(message, this.env.onCall, resent);
    } catch (error) {
      return console.error('kite: cannot apply a message from the server', error);
    }
    switch (result.kind) {
      case 'applied':
        return this.acks.applied(result.seq);
      case 'remounted':
        return this.remounted(result.remount, result.translation);
      case 'elsewhere':
        this.stopped = true;
        this.closeCurrent(CloseCode.Leaving, 'navigating');
        return this.env.navigate(result.location);
      case 'gap':
        // Frames on one socket are consecutive; rejoin so the server replays what is missing.
        console.warn(`kite: frame ${result.got} arrived, expected ${result.expected}; rejoining`);
        this.closeCurrent(CloseCode.Gap, 'gap');
        return this.connect();
      case 'error':
        return console.warn(`kite: server says ${result.code}: ${result.message}`);
    }
  }

  private closed(code: number): void {
    this.current = undefined;
    this.open = false;
    this.sentEarly = undefined;
    this.acks.cancel();
    this.clearValueTimer();
    const action = closeAction(code);
    switch (action.kind) {
      case 'reconnect': {
        if (action.reason === 'restarting') this.restarting = true;
        this.env.status.reconnecting(true, this.restarting ? 'restarting' : action.reason);
        const delay = backoffDelay(this.attempt++, this.env.random, this.restarting ? restartBackoff : undefined);
        this.retryTimer = this.env.clock.setTimeout(() => this.connect(), delay);
        return;
      }
      case 'reload':
        this.stopped = true;
        if (this.env.mayReload()) this.env.reload();
        else this.env.status.fatal('This page is out of date.');
        return;
      case 'fatal':
        this.stopped = true;
        return this.env.status.fatal(action.message);
      case 'stop':
        this.stopped = true;
    }
  }

  private closeCurrent(code: number, reason: string): void {
    this.clearRetry();
    this.acks.cancel();
    this.clearValueTimer();
    const socket = this.current;
    this.current = undefined;
    this.open = false;
    socket?.close(code, reason);
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) this.env.clock.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
