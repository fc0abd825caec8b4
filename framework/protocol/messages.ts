/**
 * The wire contract between the server and a browser tab. Everything else follows these types.
 * Keys are short on purpose: a label text change must cost about 30 bytes on the wire.
 */

export type ElementId = number;

/** What the runtime needs to know about one listened event. */
export interface ListenerSpec {
  /** Keys to copy from a DOM event object; plain data arguments are sent whole. */
  a?: string[];
  /** Minimum milliseconds between two sends of this event (leading and trailing edge). */
  t?: number;
}

/** The full description of one element, sent once when it appears. */
export interface ElementSpec {
  id: ElementId;
  /** Component tag: a Quasar component (`q-btn`), a Kite component (`k-markdown`) or an HTML tag. */
  tag: string;
  /** Props; `v` is rendered as `modelValue`, everything else as is. */
  p?: Record<string, unknown>;
  /** Value (the component's modelValue) when the element has one. */
  v?: unknown;
  /** CSS classes. */
  c?: string[];
  /** Inline style. */
  s?: Record<string, string>;
  /** Text content, rendered before the default slot's children. */
  t?: string;
  /** Children by slot name; `default` is the default slot. */
  ch?: Record<string, ElementId[]>;
  /** Listened events by name (`click`, `update:pagination`, ...). */
  on?: Record<string, ListenerSpec>;
  /** Hidden (rendered as `display: none`, like v-show). */
  h?: 1;
  /** Key of this element inside a scoped slot: it renders only for the slot scope with that key. */
  k?: string;
  /** Name of the prop that receives the slot scope object (e.g. `props` for `q-td`). */
  sp?: string;
  /** Scoped slots: slot names whose children are filtered by `k` against the scope's key. */
  ss?: string[];
}

/**
 * A property-level change to one element. Only the keys present changed.
 * `p` carries changed props; `pd` lists removed props. `c`, `s`, `ch`, `on` are replaced whole
 * (they are small); `vn` is the tab's edit counter the server had seen when it produced `v`.
 */
export interface ElementPatch {
  p?: Record<string, unknown>;
  pd?: string[];
  v?: unknown;
  vn?: number;
  c?: string[];
  s?: Record<string, string>;
  t?: string;
  ch?: Record<string, ElementId[]>;
  on?: Record<string, ListenerSpec>;
  h?: 0 | 1;
  ss?: string[];
}

/** Calls: one-off effects in the tab. */
export interface NotifyOptions {
  message: string;
  type?: 'positive' | 'negative' | 'warning' | 'info' | 'ongoing';
  position?: 'top' | 'top-right' | 'top-left' | 'bottom' | 'bottom-right' | 'bottom-left' | 'center';
  color?: string;
  timeout?: number;
  caption?: string;
  closeBtn?: boolean | string;
  multiLine?: boolean;
  html?: false;
}

export type CallName = 'notify' | 'navigate' | 'method' | 'download' | 'title' | 'js' | 'clipboard';

export interface CallArgs {
  notify: NotifyOptions;
  /** Navigate to a URL (`replace` keeps history length) or go back/forward. */
  navigate: { url?: string; replace?: boolean; history?: number; newTab?: boolean };
  /** Run a named method of an element's component instance (e.g. `show`, `toggle`). */
  method: { id: ElementId; name: string; args?: unknown[]; call?: number };
  download: { url: string; filename?: string };
  title: { title: string };
  /** Only when the page author opted in: run a script through a same-origin URL, never eval. */
  js: { url: string; call?: number };
  /** Read the tab's clipboard text, or write `text` to it; the tab answers with a `ClipboardResult`. */
  clipboard: { op: 'read'; call: number } | { op: 'write'; text: string; call: number };
}

/** The tab's answer to a `clipboard` call: the text read, `ok` for a write, or why the browser refused. */
export type ClipboardResult = { text: string } | { ok: true } | { error: string };

/** What the keyboard element (`k-keyboard`) sends with its `key` event. */
export interface KeyEventData {
  key: string;
  code: string;
  action: 'keydown' | 'keyup';
  repeat: boolean;
  alt: boolean;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
}

export type Op =
  | ['a', ElementSpec]
  | ['u', ElementId, ElementPatch]
  | ['r', ElementId]
  | ['c', CallName, CallArgs[CallName]];

/** Down messages (server -> tab). */
export type DownMessage =
  /** A frame: every change of one turn of the server's event loop. */
  | ['f', number, Op[]]
  /** A full snapshot replacing the tab's tree (resync after a gap the replay ring cannot fill). */
  | ['s', number, Snapshot]
  /** An error the tab should know about (e.g. a dropped event); the connection stays open. */
  | ['e', string, string]
  /** The answer to a re-mount request: the page rebuilt under a new client, or where to go instead. */
  | ['m', Remount];

/**
 * The server does not know the tab's client (it restarted, crashed, or is another process): sent as
 * `['e', UNKNOWN_CLIENT, ...]` on a socket that stays open for the tab's re-mount request.
 */
export const UNKNOWN_CLIENT = 'unknown-client';

/** A rebuilt page for a re-mounted tab: its new client (ids, secret) and its whole tree. */
export interface Remounted extends Snapshot {
  client: string;
  token: string;
  seq: number;
  title: string;
}

/** A re-mount the server would not build here: the tab navigates there instead (a guard's redirect). */
export interface RemountElsewhere {
  location: string;
}

export type Remount = Remounted | RemountElsewhere;

/** What a tab whose client the server forgot asks for: the page at its URL, with its typed values. */
export interface RemountRequest {
  /** The tab's path and query (`/items?page=2`). */
  path: string;
  /** Values of its value elements by recovery key (protocol/recovery.ts), in tree order. */
  values: [key: string, value: unknown][];
  /** The runtime build the tab runs (BootState.build): another build must reload instead. */
  build: string;
}

/** The whole tree of one client. */
export interface Snapshot {
  root: ElementId;
  elements: ElementSpec[];
}

/** What the first HTML response embeds for the runtime. */
export interface BootState extends Snapshot {
  client: string;
  token: string;
  seq: number;
  /** Websocket path, e.g. `/_ui/ws`. */
  ws: string;
  /** Milliseconds the server keeps a disconnected client; the tab reloads once beyond it. */
  retention: number;
  /** Heartbeat interval the server uses, so the tab can detect a dead socket. */
  heartbeat: number;
  /** The runtime build that served the page (its entry script): a re-mount needs the same. */
  build: string;
}

/** Up messages (tab -> server). */
export type UpMessage =
  /** An event of an element: element id, event name, filtered arguments. */
  | ['e', ElementId, string, unknown[]]
  /** A value change typed in the tab, with the tab's edit counter for that element. */
  | ['v', ElementId, unknown, number]
  /** Acknowledges every frame up to this seq. */
  | ['a', number]
  /** Result of a call that asked for one. */
  | ['r', number, unknown]
  /** Re-mount: the first message on a socket whose client the server said it does not know. */
  | ['m', RemountRequest];

/**
 * Close codes. The server's tell the runtime whether to reconnect, reload or stop; the tab's own
 * (`Leaving`, `Gap`) tell the server why the tab closed.
 */
export const CloseCode = {
  /** Tab: the page is going away for good; the server frees the client at once. */
  Leaving: 4001,
  /** Tab: a frame skipped a seq; it rejoins to be replayed or resynced. */
  Gap: 4002,
  /** The server does not know this client and cannot re-mount the tab here: reload once. */
  UnknownClient: 4404,
  /** The tab runs another runtime build than the server: it reloads once, keeping its values. */
  StaleRuntime: 4410,
  /** A wrong token for the client. */
  Forbidden: 4403,
  /** Too many messages per second. */
  RateLimited: 4429,
  /** The tab cannot keep up with the frames; it reconnects and gets a snapshot. */
  TooSlow: 4408,
  /** The same client connected from another socket. */
  Replaced: 4409,
  /** A malformed frame. */
  BadMessage: 4400,
  /** The server is stopping (a restart or a deploy; RFC 6455's "Service Restart"): retry soon. */
  Restarting: 1012,
} as const;
