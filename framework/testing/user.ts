import { randomBytes } from 'node:crypto';
import { defaultClientConfig, type Client, type ClientConfig, type Logger } from '../core/client.js';
import type { Element } from '../core/element.js';
import { handleUpMessage } from '../core/events.js';
import { attachTab } from '../core/storage.js';
import { applyOps, createTree, recordEdit, type Tree } from '../protocol/apply.js';
import type { CallArgs, ClipboardResult, DownMessage, ElementSpec, NotifyOptions, Op, UpMessage } from '../protocol/messages.js';
import { parseUpMessage } from '../protocol/validate.js';
import { keyedValues } from '../protocol/recovery.js';
import { defaultPages, openPage, type PageRegistry } from '../server/pages.js';
import { remountPage } from '../server/remount.js';
import { SimulatedDownload } from './transfers.js';
import { UserElement } from './user-element.js';

export interface SimulatedUserOptions {
  pages?: PageRegistry;
  config?: Partial<ClientConfig>;
  /** Same id across users = same browser (shares `storage.user`). */
  browserId?: string;
  /** The tab's id (kept in its sessionStorage, so a reload keeps it): the key of `storage.tab` with the browser id. */
  tabId?: string;
  /** How long `should.see` waits for the server, in ms. */
  timeout?: number;
}

/** What to look for: text (substring of text, label, placeholder or value), a marker, or a kind. */
export type Query =
  | string
  | { text?: string; marker?: string; kind?: abstract new (...args: never[]) => Element; tag?: string };

export interface PressKeyOptions {
  /** The physical key (`KeyA`); empty unless given. */
  code?: string;
  /** A keydown repeated because the key is held. */
  repeat?: boolean;
  alt?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
}

/** The simulated tab and its server always run the same runtime build. */
const SIMULATED_BUILD = 'simulated';

/** Logs into memory so tests can assert on errors without noise on the console. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(m: string): void {
    this.lines.push(m);
  }
  warn(m: string): void {
    this.lines.push(m);
  }
  error(m: string): void {
    this.lines.push(m);
  }
}

/**
 * A person in a browser tab, simulated in-process: pages are built by the real page code, frames
 * travel through the real outbox, JSON and protocol/apply into a tab-side tree, and actions go back
 * as validated up messages. Only the Vue rendering is missing.
 */
export class SimulatedUser {
  readonly notifications: NotifyOptions[] = [];
  readonly navigations: string[] = [];
  /** Downloads the tab was told to start, in order. */
  readonly downloads: SimulatedDownload[] = [];
  readonly logger = new MemoryLogger();
  readonly browserId: string;
  readonly tabId: string | undefined;
  private _client: Client | undefined;
  private _tree: Tree | undefined;
  private frameWaiters: (() => void)[] = [];
  private readonly pages: PageRegistry;
  private readonly config: ClientConfig;
  private readonly timeout: number;
  location = '';
  /** The HTTP status the last opened page's first HTML had (404 for an unknown sub page). */
  status = 200;
  /** The tab's clipboard text; `undefined` acts as a browser that refuses access to it. */
  clipboard: string | undefined = '';

  constructor(options: SimulatedUserOptions = {}) {
    this.pages = options.pages ?? defaultPages;
    this.config = { ...defaultClientConfig, logger: this.logger, ...options.config };
    this.browserId = options.browserId ?? randomBytes(16).toString('base64url');
    this.timeout = options.timeout ?? 2_000;
    this.tabId = options.tabId;
  }

  get client(): Client {
    if (!this._client) throw new Error('no page is open: call `await user.open(path)` first');
    return this._client;
  }

  get tree(): Tree {
    if (!this._tree) throw new Error('no page is open: call `await user.open(path)` first');
    return this._tree;
  }

  /** Opens a page like a browser: guards may redirect; navigations are followed. */
  async open(path: string): Promise<void> {
    this._client?.delete();
    this._client = undefined;
    for (let hops = 0; hops < 10; hops++) {
      const url = new URL(path, 'http://kite.test');
      const result = await openPage(this.pages, url, this.config, { browserId: this.browserId, address: '127.0.0.1' });
      if (result.kind === 'not-found') throw new Error(`no page at ${url.pathname}`);
      if (result.kind === 'redirect') {
        path = result.location;
        continue;
      }
      this.location = url.pathname + url.search;
      this.status = result.client.status;
      this.connect(result.client);
      await this.settle();
      this.wake();
      return;
    }
    throw new Error(`too many redirects opening ${path}`);
  }

  /**
   * The server forgot this tab (it restarted, crashed, or the tab moved to another process): the
   * tab re-mounts in place as the runtime does, handing over its values by recovery key; the page
   * is built again under the same browser (and tab) and shows them. No reload: a guard's redirect
   * is followed like a navigation.
   */
  async remount(): Promise<void> {
    const tree = this.tree;
    const values = keyedValues({ root: tree.root, get: (id) => tree.elements.get(id) });
    this._client?.delete();
    this._client = undefined;
    const request = { path: this.location, values, build: SIMULATED_BUILD };
    const outcome = await remountPage(this.pages, this.config, request, { browserId: this.browserId, address: '127.0.0.1', tabId: this.tabId }, SIMULATED_BUILD);
    if (outcome.kind === 'refused') throw new Error(`re-mount refused: ${outcome.reason}`);
    if (outcome.kind === 'elsewhere') return this.open((outcome.answer as { location: string }).location);
    this.status = outcome.client.status;
    this.connect(outcome.client);
    await this.settle();
    this.wake();
  }

  /** Closes the tab: the server deletes its client. */
  close(): void {
    this._client?.delete();
    this._client = undefined;
    this._tree = undefined;
  }

  private connect(client: Client): void {
    const boot = JSON.parse(JSON.stringify(client.takeSnapshot())) as ReturnType<Client['snapshot']>;
    this._client = client;
    this._tree = createTree(boot);
    const transport = {
      send: (text: string) => this.receive(client, JSON.parse(text) as DownMessage),
      close: () => client.detach(transport),
    };
    client.attach(transport);
    if (this.tabId) attachTab(client, this.tabId);
  }

  private receive(client: Client, message: DownMessage): void {
    if (client !== this._client) return;
    if (message[0] === 'f') {
      applyOps(this.tree, message[2], { onCall: (op) => this.onCall(op) });
      this.send(['a', message[1]]);
    }
    this.wake();
  }

  /** Lets `should.*` re-check after anything the user could notice happened. */
  private wake(): void {
    for (const wake of this.frameWaiters.splice(0)) wake();
  }

  private onCall(op: Extract<Op, ['c', ...unknown[]]>): void {
    if (op[1] === 'notify') this.notifications.push(op[2] as NotifyOptions);
    if (op[1] === 'download') this.downloads.push(new SimulatedDownload(this.client, op[2] as CallArgs['download']));
    if (op[1] === 'navigate') {
      const { url, history } = op[2] as CallArgs['navigate'];
      this.navigations.push(url ?? `history(${history})`);
      if (url) setImmediate(() => void this.open(url).catch((e: unknown) => this.logger.error(String(e))));
    }
    if (op[1] === 'clipboard') this.answerClipboard(op[2] as CallArgs['clipboard']);
  }

  private answerClipboard(args: CallArgs['clipboard']): void {
    let result: ClipboardResult;
    if (this.clipboard === undefined) result = { error: 'NotAllowedError: simulated refusal' };
    else if (args.op === 'read') result = { text: this.clipboard };
    else {
      this.clipboard = args.text;
      result = { ok: true };
    }
    const client = this._client;
    setImmediate(() => client === this._client && this.send(['r', args.call, result]));
  }

  /** Sends an up message exactly as the runtime would: as JSON, through the server's validation. */
  send(message: UpMessage): void {
    const parsed = parseUpMessage(JSON.stringify(message));
    if (!parsed.ok) throw new Error(`invalid up message: ${parsed.reason}`);
    handleUpMessage(this.client, parsed.message);
  }

  /**
   * Presses a key on the page, outside any form field, as the runtime reports it: every active
   * `ui.keyboard` hears a keydown, then a keyup (only the keydown when `repeat` is set, as a held key).
   */
  async pressKey(key: string, options: PressKeyOptions = {}): Promise<void> {
    const { code = '', repeat = false, alt = false, ctrl = false, meta = false, shift = false } = options;
    const actions = repeat ? ['keydown'] : ['keydown', 'keyup'];
    for (const action of actions)
      for (const spec of this.tree.elements.values()) {
        if (spec.tag !== 'k-keyboard' || !spec.on?.key || spec.p?.active === false || (repeat && spec.p?.repeating === false)) continue;
        this.send(['e', spec.id, 'key', [{ key, code, action, repeat, alt, ctrl, meta, shift }]]);
      }
    await this.settle();
  }

  /** The browser's back or forward button on a page with `ui.subPages`: the tab reports its new location (popstate). */
  async popState(url: string): Promise<void> {
    this.location = url;
    for (const spec of this.tree.elements.values())
      if (spec.tag === 'k-sub-pages' && spec.on?.navigate) this.send(['e', spec.id, 'navigate', [url]]);
    await this.settle();
  }

  /** Lets pending handlers finish and their frames arrive. */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
  }

  // ---- finding ------------------------------------------------------------------------------

  /** Elements the user can see that match the query, in tree order. */
  findAll(query: Query): UserElement[] {
    const q = typeof query === 'string' ? { text: query } : query;
    const found: UserElement[] = [];
    const visit = (id: number): void => {
      const spec = this.tree.elements.get(id);
      if (!spec || spec.h) return;
      if (this.matches(spec, q)) found.push(new UserElement(this, spec.id));
      if (spec.ch) for (const slot in spec.ch) for (const child of spec.ch[slot]!) visit(child);
    };
    visit(this.tree.root);
    return found;
  }

  /**
   * The one visible element matching the query; throws when there is none or more than one.
   * Among several text matches, one whose text is exactly the query wins ("Create" vs "Create Item").
   */
  find(query: Query): UserElement {
    let found = this.findAll(query);
    const text = typeof query === 'string' ? query : query.text;
    if (found.length > 1 && text !== undefined) {
      const exact = found.filter((el) => contentOf(this.tree.elements.get(el.id)!).includes(text));
      if (exact.length > 0) found = exact;
    }
    if (found.length === 1) return found[0]!;
    throw new Error(
      found.length === 0
        ? `nothing visible matches ${describe(query)} on ${this.location}; visible text: ${this.visibleText().slice(0, 40).join(' | ')}`
        : `${found.length} elements match ${describe(query)}; add a marker or narrow the query`,
    );
  }

  /** Every visible text, label and value: what a person could read on the page. */
  visibleText(): string[] {
    const texts: string[] = [];
    for (const el of this.findAll({})) texts.push(...contentOf(this.tree.elements.get(el.id)!));
    return texts.filter(Boolean);
  }

  readonly should = {
    /** Waits (event-driven, up to the timeout) until something matching is visible. */
    see: (query: Query): Promise<void> => this.waitFor(() => this.findAll(query).length > 0, `to see ${describe(query)}`),
    notSee: (query: Query): Promise<void> =>
      this.waitFor(() => this.findAll(query).length === 0, `not to see ${describe(query)}`),
    /** Waits until a notification containing `text` has been shown. */
    seeNotification: (text: string): Promise<void> =>
      this.waitFor(() => this.notifications.some((n) => n.message.includes(text)), `a notification ${JSON.stringify(text)}`),
  };

  private async waitFor(condition: () => boolean, what: string): Promise<void> {
    await this.settle();
    const deadline = Date.now() + this.timeout;
    while (!condition()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${what} on ${this.location}; visible: ${this.visibleText().slice(0, 40).join(' | ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.frameWaiters.push(() => (clearTimeout(timer), resolve()));
      });
      await this.settle();
    }
  }

  /** Internal (UserElement): the server-side element behind a tab id. */
  serverElement(id: number): Element | undefined {
    return this.client.elements.get(id);
  }

  /** Internal (UserElement): records a local edit and sends the value as the runtime does. */
  sendValue(id: number, value: unknown): void {
    const spec = this.tree.elements.get(id);
    if (spec) spec.v = value;
    this.send(['v', id, value, recordEdit(this.tree, id)]);
  }

  private matches(spec: ElementSpec, q: Exclude<Query, string>): boolean {
    if (q.tag && spec.tag !== q.tag) return false;
    if (q.kind || q.marker) {
      const el = this.serverElement(spec.id);
      if (!el) return false;
      if (q.kind && !(el instanceof q.kind)) return false;
      if (q.marker && !el.markers.includes(q.marker)) return false;
    }
    if (q.text !== undefined && !contentOf(spec).some((text) => text.includes(q.text!))) return false;
    return true;
  }
}

/** Texts a person reads on an element: its text, label, placeholder, caption and value. */
export function contentOf(spec: ElementSpec): string[] {
  const out: string[] = [];
  if (spec.t) out.push(spec.t);
  for (const key of ['label', 'placeholder', 'title', 'message', 'caption', 'errorMessage', 'hint']) {
    const value = spec.p?.[key];
    if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  }
  if ('v' in spec && (typeof spec.v === 'string' || typeof spec.v === 'number')) out.push(String(spec.v));
  if (spec.tag === 'q-table') out.push(...tableCells(spec));
  const html = spec.p?.innerHTML;
  if (typeof html === 'string') out.push(textOfHtml(html));
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment as it reads: inline spans join their neighbours, other tags separate words. */
function textOfHtml(html: string): string {
  return html
    .replace(/<\/?span\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
      name[0] === '#' ? String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? entity),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The cells a table shows: each row's value in each column's field. */
function tableCells(spec: ElementSpec): string[] {
  const rows = spec.p?.rows;
  const columns = spec.p?.columns;
  if (!Array.isArray(rows) || !Array.isArray(columns)) return [];
  const cells: string[] = [];
  for (const row of rows as Record<string, unknown>[])
    for (const column of columns as { field?: unknown }[]) {
      const value = typeof column.field === 'string' ? row[column.field] : undefined;
      if (typeof value === 'string' || typeof value === 'number') cells.push(String(value));
    }
  return cells;
}

function describe(query: Query): string {
  return typeof query === 'string' ? JSON.stringify(query) : JSON.stringify({ ...query, kind: undefined, ...(query.kind ? { kind: query.kind.name } : {}) });
}
