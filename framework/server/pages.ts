import { match, type MatchFunction } from 'path-to-regexp';
import { Client, type ClientConfig, type PageInfo } from '../core/client.js';
import { KiteError } from '../core/errors.js';
import { hasKeys } from '../core/lists.js';
import { attachTab } from '../core/storage.js';

export interface PageContext {
  readonly client: Client;
  readonly path: string;
  /** Read-only: a page without any shares one frozen empty record. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** The network address the page was requested from. */
  readonly address: string | undefined;
}

/** Who asks for a page: the browser's id (for `storage.user`) and its network address. */
export interface PageRequest {
  browserId?: string;
  address?: string;
  /**
   * The tab asking, when it is already there (a re-mount): its `storage.tab` is bound before the
   * page builds, and `client.whenConnected()` resolves at once.
   */
  tabId?: string;
}

export type PageBuilder = (context: PageContext) => unknown;

/** Decides before building whether the page may show: a URL redirects there, nothing allows it. */
export type PageGuard = (context: PageContext) => string | undefined | void | Promise<string | undefined | void>;

export interface PageOptions {
  /** The browser tab's title. */
  title?: string;
  guard?: PageGuard;
}

interface PageRoute {
  path: string;
  match: MatchFunction<Record<string, string | string[]>>;
  /** For a path ending in a wildcard (`/spa{/*rest}`): matches the part before it (`/spa`). */
  prefix: MatchFunction<Record<string, string | string[]>> | undefined;
  build: PageBuilder;
  options: PageOptions;
}

/** A wildcard at the end of a page path: `{/*rest}`, `/*rest` or `{*rest}`. */
const TRAILING_WILDCARD = /(\{\/?\*[^{}/]+\}|\/\*[^{}/]+)$/;

/** Matches the part of a path before its trailing wildcard, or undefined when it has none. */
function prefixMatcher(path: string): PageRoute['prefix'] {
  const wildcard = TRAILING_WILDCARD.exec(path);
  if (!wildcard) return undefined;
  return match(path.slice(0, wildcard.index).replace(/\/$/, ''), { decode: decodeParam, end: false });
}

/**
 * A malformed %-escape in a page path (`/items/%ZZ`) is the client's mistake: an error with status
 * 400, as Express's router raises for its own routes, so that it is answered 400, not 500.
 */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw Object.assign(new URIError(`Failed to decode param '${value}'`), { status: 400 });
  }
}

/** The pages of an app, matched by Express-style paths (`/items/:id`). */
export class PageRegistry {
  private routes: PageRoute[] = [];

  add(path: string, build: PageBuilder, options: PageOptions = {}): void {
    if (!path.startsWith('/')) throw new KiteError(`page path must start with "/": ${path}`);
    this.routes = this.routes.filter((r) => r.path !== path);
    this.routes.push({ path, match: match(path, { decode: decodeParam }), prefix: prefixMatcher(path), build, options });
  }

  find(pathname: string): { route: PageRoute; params: Record<string, string>; root?: string } | undefined {
    for (const route of this.routes) {
      const found = route.match(pathname);
      if (found) {
        const params: Record<string, string> = {};
        for (const [key, value] of Object.entries(found.params)) params[key] = Array.isArray(value) ? value.join('/') : String(value);
        const prefix = route.prefix?.(pathname);
        return prefix ? { route, params, root: prefix.path.replace(/\/$/, '') } : { route, params };
      }
    }
    return undefined;
  }
}

/** The registry `ui.page` adds to; `mountUi` serves it unless given another. */
export const defaultPages = new PageRegistry();

/** `ui.page('/items/:id', async ({ params }) => { ... }, { title, guard })` */
export function page(path: string, build: PageBuilder, options: PageOptions = {}): void {
  defaultPages.add(path, build, options);
}

export type OpenResult =
  | { kind: 'page'; client: Client; title: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' };

/** The params or query of a page opened without any: one frozen record, not one kept per client. */
const NONE: Record<string, string> = Object.freeze({}) as Record<string, string>;
const orNone = (entries: Record<string, string>): Record<string, string> => (hasKeys(entries) ? entries : NONE);

/**
 * Builds a page for one request: a new client, the guard, then the (possibly async) page function.
 * Used by the HTTP server and by the simulated user alike, so both see the same behaviour.
 */
export async function openPage(
  registry: PageRegistry,
  url: URL,
  config: ClientConfig,
  request: PageRequest = {},
): Promise<OpenResult> {
  const found = registry.find(url.pathname);
  if (!found) return { kind: 'not-found' };
  const query = orNone(Object.fromEntries(url.searchParams));
  const params = orNone(found.params);
  const info: PageInfo = { path: url.pathname + url.search, params, query, address: request.address };
  if (found.root !== undefined) info.root = found.root;
  const client = new Client(info, config);
  client.browserId = request.browserId;
  if (request.tabId !== undefined) {
    client.tabPresent = true;
    attachTab(client, request.tabId);
  }
  const context: PageContext = { client, path: url.pathname, params, query, address: request.address };
  try {
    const redirect = found.route.options.guard ? await client.build(() => found.route.options.guard!(context)) : undefined;
    if (redirect) {
      client.delete();
      return { kind: 'redirect', location: redirect };
    }
    await buildUntilReady(client, () => found.route.build(context));
  } catch (error) {
    client.delete();
    throw error;
  }
  return { kind: 'page', client, title: found.route.options.title ?? 'Kite' };
}

/**
 * Runs a page function to its end, or only until it awaits the tab's connection: then the page is
 * sent as built so far and the rest of the function continues once the tab has connected.
 */
async function buildUntilReady(client: Client, build: () => unknown): Promise<void> {
  let release!: () => void;
  const waitsForTab = new Promise<'waits'>((resolve) => (release = () => resolve('waits')));
  client.onWaitForConnect = release;
  // Only a real promise is awaited: a page function returning a thenable element (a dialog) must not wait for it.
  const result = client.build(build);
  const done = (result instanceof Promise ? result : Promise.resolve()).then(() => 'done' as const);
  const first = await Promise.race([done, waitsForTab]);
  client.onWaitForConnect = undefined;
  if (first === 'waits') done.catch((error: unknown) => client.reportError(error, { where: 'page function' }));
}
