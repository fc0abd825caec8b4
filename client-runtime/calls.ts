import type { CallArgs, ElementId, NotifyOptions, Op } from '../framework/protocol/messages.js';
import { toJsonSafe } from './args.js';
import { runClipboard, type ClipboardAccess } from './clipboard.js';

export type CallOp = Extract<Op, ['c', ...unknown[]]>;

/** What calls act on; main.ts passes the real ones. */
export interface CallEnvironment {
  notify(options: NotifyOptions): void;
  instances: ReadonlyMap<ElementId, unknown>;
  sendResult(call: number, result: unknown): void;
  /** `navigator.clipboard`, undefined outside secure contexts. */
  clipboard?: ClipboardAccess;
}

const NOTIFY_KEYS = ['message', 'type', 'position', 'color', 'timeout', 'caption', 'closeBtn', 'multiLine'] as const;

/** Only the known notify options, always as plain text (`html: false`), whatever the server sent. */
export function notifyOptions(args: NotifyOptions): NotifyOptions {
  const options: Record<string, unknown> = {};
  for (const key of NOTIFY_KEYS) if (args[key] !== undefined) options[key] = args[key];
  options.message = String(args.message ?? '');
  return { ...(options as unknown as NotifyOptions), html: false };
}

/** An http(s) URL resolved against the page, or undefined (e.g. `javascript:`). */
export function navigableUrl(url: string, base: string): URL | undefined {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/** A URL on the page's own origin, or undefined: downloads and scripts never leave the origin. */
export function sameOriginUrl(url: string, base: string): URL | undefined {
  const resolved = navigableUrl(url, base);
  return resolved && resolved.origin === new URL(base).origin ? resolved : undefined;
}

/** Runs one call op from a frame. Failures are logged; the page keeps working. */
export function runCall(op: CallOp, env: CallEnvironment): void {
  const [, name, args] = op;
  switch (name) {
    case 'notify':
      return env.notify(notifyOptions(args as CallArgs['notify']));
    case 'navigate':
      return navigate(args as CallArgs['navigate']);
    case 'method':
      return void runMethod(args as CallArgs['method'], env);
    case 'download':
      return download(args as CallArgs['download']);
    case 'title':
      document.title = String((args as CallArgs['title']).title);
      return;
    case 'js':
      return loadScript(args as CallArgs['js'], env);
    case 'clipboard': {
      const { call } = args as CallArgs['clipboard'];
      return void runClipboard(args as CallArgs['clipboard'], env.clipboard).then((result) => env.sendResult(call, result));
    }
    default:
      console.warn(`kite: unknown call ${JSON.stringify(name)}`);
  }
}

function navigate({ url, replace, history, newTab }: CallArgs['navigate']): void {
  if (history !== undefined) return window.history.go(history);
  const target = url === undefined ? undefined : navigableUrl(url, location.href);
  if (!target) return console.warn(`kite: refusing to navigate to ${JSON.stringify(url)}`);
  if (newTab) window.open(target.href, '_blank', 'noopener');
  else if (replace) location.replace(target.href);
  else location.assign(target.href);
}

/** Calls a method of an element's component instance; a `call` id asks for the (awaited) result. */
async function runMethod({ id, name, args = [], call }: CallArgs['method'], env: CallEnvironment): Promise<void> {
  let result: unknown = null;
  try {
    const instance = env.instances.get(id) as Record<string, unknown> | undefined;
    // Every object has `constructor`, `toString`, ...: no server call means one of those.
    const method = name in Object.prototype ? undefined : instance?.[name];
    if (typeof method !== 'function') throw new Error(`element ${id} has no method ${JSON.stringify(name)}`);
    result = await (method as (...a: unknown[]) => unknown).apply(instance, args);
  } catch (error) {
    console.warn('kite: method call failed', error);
  }
  if (call !== undefined) env.sendResult(call, toJsonSafe(result));
}

function download({ url, filename }: CallArgs['download']): void {
  const target = sameOriginUrl(url, location.href);
  if (!target) return console.warn(`kite: refusing to download from ${JSON.stringify(url)}`);
  const anchor = document.createElement('a');
  anchor.href = target.href;
  anchor.download = filename ?? '';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

/** Runs an opted-in script by URL through a `<script src>` (allowed by `script-src 'self'`), never eval. */
function loadScript({ url, call }: CallArgs['js'], env: CallEnvironment): void {
  const target = sameOriginUrl(url, location.href);
  const reply = (ok: boolean): void => {
    if (call !== undefined) env.sendResult(call, ok);
  };
  if (!target) {
    console.warn(`kite: refusing to load script ${JSON.stringify(url)}`);
    return reply(false);
  }
  const script = document.createElement('script');
  script.src = target.href;
  script.onload = () => (script.remove(), reply(true));
  script.onerror = () => (script.remove(), reply(false));
  document.head.appendChild(script);
}
