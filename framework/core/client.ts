import { randomBytes } from 'node:crypto';
import type { CallArgs, CallName, ElementSpec, NotifyOptions, Op, Snapshot } from '../protocol/messages.js';
import { Element } from './element.js';
import { ElementTable } from './element-table.js';
import { KiteError } from './errors.js';
import { inserted } from './lists.js';
import { dictionary } from './own-keys.js';
import { Outbox } from './outbox.js';
import { ReplayRing } from './ring.js';
import { runInScope } from './scope.js';

/** The socket of a connected tab, as the core sees it (the server provides the real one). */
export interface Transport {
  send(text: string): void;
  close(code: number, reason: string): void;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Settings shared by every client of one mount. */
export interface ClientConfig {
  /** Show errors of user callbacks to the user as notifications. */
  dev: boolean;
  logger: Logger;
  /** Bounds of the replay ring. */
  ringFrames: number;
  ringBytes: number;
  /** Milliseconds a call that expects a result waits for it. */
  callTimeout: number;
}

export const defaultClientConfig: ClientConfig = {
  dev: process.env.NODE_ENV !== 'production',
  logger: console,
  ringFrames: 256,
  ringBytes: 256 * 1024,
  callTimeout: 5_000,
};

export interface PageInfo {
  /** The URL path and query the tab opened. */
  path: string;
  params: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
  /** The network address the page was requested from (for throttling, audit logs). */
  address?: string;
  /**
   * For a page whose path ends in a wildcard (`/spa{/*rest}`): the requested path up to the
   * wildcard (`/spa`), where its sub pages (ui.subPages) are rooted.
   */
  root?: string;
}

export interface ErrorContext {
  element?: Element;
  where: string;
}

type Hook = (client: Client) => unknown;
type HookKind = 'connect' | 'disconnect' | 'delete';

/**
 * One browser tab: its element tree, its outbox and replay ring, its socket when connected,
 * and everything that must be released when it goes away.
 *
 * A server holds one per open tab, so what is rarely used (storage, hooks, pending calls) is
 * allocated on first use.
 */
export class Client {
  readonly id = randomBytes(12).toString('base64url');
  readonly token = randomBytes(18).toString('base64url');
  /** The live elements by id. */
  readonly elements: ReadonlyMap<number, Element> = new ElementTable();
  readonly outbox = new Outbox();
  readonly ring: ReplayRing;
  /** The layout root (q-layout), where headers, drawers and footers go. */
  readonly layout: Element;
  /** The page body, where a page's elements go by default. */
  readonly content: Element;
  seq = 0;
  transport: Transport | undefined;
  tabId: string | undefined;
  /** The browser's id from the signed cookie: the key of `storage.user`. */
  browserId: string | undefined;
  /** Events and values dropped because their element was missing, hidden, disabled or unlistened. */
  dropped = 0;
  /** The HTTP status of the first HTML: 404 when the page shows a sub page that matched nothing. */
  status: 200 | 404 = 200;
  /**
   * Set when the page is built for a tab that is already there (a re-mount): code that waits for
   * the tab runs on at once, and its calls go out with the tab's first frame.
   */
  tabPresent = false;
  private flushScheduled = false;
  /** False until the first HTML took its snapshot; calls made before wait in `earlyCalls`. */
  private rendered = false;
  private earlyCalls: Op[] | undefined;
  private _deleted = false;
  private _storage: Record<string, unknown> | undefined;
  private hooks: { [K in HookKind]?: Hook[] } | undefined;
  private waitingForConnect: (() => void)[] | undefined;
  private pendingCalls: Map<number, { resolve(v: unknown): void; reject(e: Error): void }> | undefined;
  private nextCallId = 0;

  constructor(
    readonly page: PageInfo,
    readonly config: ClientConfig = defaultClientConfig,
  ) {
    this.ring = new ReplayRing(config.ringFrames, config.ringBytes);
    this.layout = new Element('q-layout', { client: this }).props({ view: 'hHh lpR fFf' });
    const container = new Element('q-page-container', { parent: this.layout });
    this.content = new Element('q-page', { parent: container }).classes('q-pa-md column items-start q-gutter-sm');
  }

  get deleted(): boolean {
    return this._deleted;
  }

  /** Per-client storage, gone with the client. */
  get storage(): Record<string, unknown> {
    return (this._storage ??= dictionary());
  }

  get connected(): boolean {
    return this.transport !== undefined;
  }

  /** Runs `fn` with this client's page body as the parent of new elements. */
  build<T>(fn: () => T): T {
    return runInScope({ client: this, parent: this.content, slot: 'default' }, fn);
  }

  // ---- element registry -------------------------------------------------------------------

  /** The element registry, which also hands out the ids (read-only to everyone else). */
  private get table(): ElementTable {
    return this.elements as ElementTable;
  }

  register(el: Element): number {
    const id = this.table.add(el);
    this.outbox.added(el);
    this.scheduleFlush();
    return id;
  }

  unregister(el: Element): void {
    this.table.delete(el.id);
    this.outbox.forget(el);
  }

  // ---- frames -------------------------------------------------------------------------------

  /** Sends everything that changed during this turn of the event loop as one frame, right after it. */
  scheduleFlush(): void {
    if (this.flushScheduled || this._deleted) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  /** Turns pending changes into a frame now (normally called by the scheduler). */
  flush(): void {
    this.flushScheduled = false;
    if (this._deleted || this.outbox.empty) return;
    const ops = this.outbox.take();
    const text = JSON.stringify(['f', ++this.seq, ops]);
    this.ring.push(this.seq, text);
    this.transport?.send(text);
  }

  /** The whole tree, parents before children, for the first HTML and for resyncs. */
  snapshot(): Snapshot {
    const elements: ElementSpec[] = [];
    const visit = (el: Element): void => {
      elements.push(el.toSpec());
      for (const slot of el.slotNames()) for (const child of el.children(slot)) visit(child);
    };
    visit(this.layout);
    return { root: this.layout.id, elements };
  }

  /** Changes already in the snapshot must not be sent again as a frame. */
  takeSnapshot(): Snapshot {
    this.outbox.take();
    this.ring.clear();
    // The page is built: its elements' props are now mostly what every client of the page has.
    for (const el of this.elements.values()) el.shareProps();
    this.table.trim();
    const snapshot = this.snapshot();
    // Calls made while the page was built (a title, a notification) go out in the first frame.
    const early = this.earlyCalls;
    this.earlyCalls = undefined;
    this.rendered = true;
    if (early?.length) {
      for (const op of early) this.outbox.call(op);
      this.scheduleFlush();
    }
    return snapshot;
  }

  // ---- calls ---------------------------------------------------------------------------------

  call<N extends CallName>(name: N, args: CallArgs[N]): void {
    if (!this.rendered) {
      (this.earlyCalls ??= []).push(['c', name, args]);
      return;
    }
    this.outbox.call(['c', name, args]);
    this.scheduleFlush();
  }

  notify(message: string | NotifyOptions, options: Omit<NotifyOptions, 'message'> = {}): void {
    this.call('notify', typeof message === 'string' ? { ...options, message } : message);
  }

  navigate(url: string, options: { replace?: boolean; newTab?: boolean } = {}): void {
    this.call('navigate', { url, ...options });
  }

  /** Runs a method of an element's component in the tab and resolves with its result. */
  callMethod(el: Element, name: string, args: unknown[] = []): Promise<unknown> {
    return this.callForResult('method', (call) => ({ id: el.id, name, args, call }), `${el.tag}.${name}()`);
  }

  /**
   * Sends a call that the tab answers (its args carry the call id) and resolves with the answer;
   * rejects when none arrives within `callTimeout`, so an awaiting handler never hangs.
   */
  callForResult<N extends CallName>(name: N, args: (call: number) => CallArgs[N], what: string = name): Promise<unknown> {
    const call = this.nextCallId++;
    const calls = (this.pendingCalls ??= new Map());
    const result = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        calls.delete(call);
        reject(new KiteError(`no result for ${what} within ${this.config.callTimeout} ms`));
      }, this.config.callTimeout);
      calls.set(call, {
        resolve: (value: unknown) => (clearTimeout(timer), resolve(value)),
        reject: (error: Error) => (clearTimeout(timer), reject(error)),
      });
    });
    this.call(name, args(call));
    return result;
  }

  /** Fire-and-forget variant of callMethod. */
  runMethod(el: Element, name: string, args: unknown[] = []): void {
    this.call('method', { id: el.id, name, args });
  }

  resolveCall(call: number, value: unknown): boolean {
    const pending = this.pendingCalls?.get(call);
    if (!pending) return false;
    this.pendingCalls!.delete(call);
    pending.resolve(value);
    return true;
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  onConnect(fn: Hook): void {
    this.addHook('connect', fn);
  }

  onDisconnect(fn: Hook): void {
    this.addHook('disconnect', fn);
  }

  onDelete(fn: Hook): void {
    this.addHook('delete', fn);
  }

  private addHook(kind: HookKind, fn: Hook): void {
    const hooks = (this.hooks ??= {});
    hooks[kind] = inserted(hooks[kind], fn);
  }

  /**
   * Resolves once a tab has connected to this client. A page function that awaits this gets its
   * HTML sent first (see openPage), so the tab can connect at all.
   */
  whenConnected(): Promise<void> {
    if (this.transport || this.tabPresent) return Promise.resolve();
    this.onWaitForConnect?.();
    return new Promise((resolve) => (this.waitingForConnect = inserted(this.waitingForConnect, resolve)));
  }

  /** Set by openPage: called when page code starts waiting for the tab to connect. */
  onWaitForConnect: (() => void) | undefined;

  attach(transport: Transport): void {
    this.transport = transport;
    // From now on, whether the tab is there is whether it has a socket.
    this.tabPresent = false;
    const waiting = this.waitingForConnect;
    this.waitingForConnect = undefined;
    waiting?.forEach((resolve) => resolve());
    this.runHooks('connect');
  }

  detach(transport: Transport): void {
    if (this.transport !== transport) return;
    this.transport = undefined;
    this.runHooks('disconnect');
  }

  /** Releases everything: elements (their timers, listeners, bindings), hooks, pending calls. */
  delete(): void {
    if (this._deleted) return;
    this.runHooks('delete');
    this._deleted = true;
    this.layout.dispose();
    this.table.clear();
    this.outbox.take();
    this.ring.clear();
    for (const pending of this.pendingCalls?.values() ?? []) pending.reject(new KiteError('client deleted'));
    this.pendingCalls = undefined;
    this.hooks = undefined;
    this.waitingForConnect = undefined;
    this.transport = undefined;
  }

  private runHooks(kind: HookKind): void {
    // By index, re-reading the list: a hook added while the hooks run runs too.
    for (let i = 0; i < (this.hooks?.[kind]?.length ?? 0); i++) {
      const fn = this.hooks![kind]![i]!;
      this.runSafely(() => this.build(() => fn(this)), { where: `on${kind}` });
    }
  }

  // ---- the one error boundary for user code --------------------------------------------------

  /** Runs user code; a throw or a rejected promise is reported, never propagated. */
  runSafely(fn: () => unknown, context: ErrorContext): void {
    try {
      const result = fn();
      if (result instanceof Promise) result.catch((error: unknown) => this.reportError(error, context));
    } catch (error) {
      this.reportError(error, context);
    }
  }

  reportError(error: unknown, context: ErrorContext): void {
    const where = context.element ? `${context.where} of <${context.element.tag}> #${context.element.id}` : context.where;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.config.logger.error(`[kite] error in ${where} on page ${this.page.path}: ${detail}`);
    if (this.config.dev && !this._deleted) {
      const message = error instanceof Error ? error.message : String(error);
      this.notify({ message: `Error: ${message}`, type: 'negative', caption: where });
    }
  }
}
