import { match, type MatchFunction } from 'path-to-regexp';
import { Element, type ElementEvent } from '../core/element.js';
import { KiteError } from '../core/errors.js';
import { Label } from './label.js';
import { Link } from './link.js';

/** The names of `:name` and `*name` parameters in one part of a path (no optional groups). */
type NamesIn<P extends string> = P extends `${string}:${infer After}`
  ? NameAt<After> | NamesIn<After>
  : P extends `${string}*${infer After}`
    ? NameAt<After> | NamesIn<After>
    : never;
type NameAt<S extends string> = S extends `${infer Name}/${string}`
  ? NameAt<Name>
  : S extends `${infer Name}.${string}`
    ? Name
    : S extends `${infer Name}-${string}`
      ? Name
      : S;
/** The path without its optional groups (`{...}`), and the optional groups' contents. */
type Required_<P extends string> = P extends `${infer Before}{${string}}${infer After}` ? `${Before}${Required_<After>}` : P;
type Optional_<P extends string> = P extends `${string}{${infer Group}}${infer After}` ? `${Group}/${Optional_<After>}` : '';

/**
 * The parameters of a sub page path, typed from the path: `'/users/:id'` gives `{ id: string }`,
 * `'/files/*path'` gives `{ path: string }` (segments joined by `/`), and a parameter in an
 * optional group (`'/list{/:page}'`) may be missing.
 */
export type RouteParams<P extends string> = { [K in NamesIn<Required_<P>>]: string } & { [K in NamesIn<Optional_<P>>]?: string };

export interface SubPageContext<P = Record<string, string | undefined>> {
  readonly params: P;
  readonly query: Readonly<Record<string, string>>;
  /** The sub path shown, relative to the page: `/users/3`. */
  readonly path: string;
  readonly subPages: SubPages;
}

/** Builds one sub page's content (may be async). */
export type SubPageBuilder<P = Record<string, string | undefined>> = (context: SubPageContext<P>) => unknown;

export interface SubPagesOptions {
  /** Builds the content for a sub path no route matches (default: a "Page not found" message). */
  notFound?: SubPageBuilder<Record<string, never>>;
}

interface SubRoute {
  path: string;
  match: MatchFunction<Partial<Record<string, string | string[]>>>;
  build: SubPageBuilder<never>;
}

/** Longer than any sensible URL; a longer one from the tab is dropped. */
const MAX_URL = 2048;

/** A sub path as authors write it: absolute, and not `//host` (which a browser reads as another origin). */
function checkSubPath(path: string): string {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.includes('\\') || path.length > MAX_URL)
    throw new KiteError(`a sub page path must start with a single "/": ${JSON.stringify(path)}`);
  return path;
}

function splitQuery(path: string): { pathname: string; query: Record<string, string> } {
  const at = path.indexOf('?');
  if (at === -1) return { pathname: path, query: {} };
  return { pathname: path.slice(0, at) || '/', query: Object.fromEntries(new URLSearchParams(path.slice(at + 1))) };
}

/**
 * Client-side routing inside one page (`k-sub-pages`): the content under the page's path shows
 * the sub page matching the rest of the URL. `navigate()` (and `link()`) swap only this content
 * and push a browser history entry; the back and forward buttons bring the matching content back
 * (the tab reports the new location and the server rebuilds only this container). Register the
 * page with a trailing wildcard (`ui.page('/spa{/*rest}', ...)`) so that a reload or a deep link
 * (`/spa/users/3`) opens the right sub page in the first HTML.
 */
export class SubPages extends Element {
  private readonly routes: SubRoute[];
  private readonly notFound: SubPageBuilder<Record<string, never>>;
  /** The path of the page the sub pages live under (`/spa`; empty for a page at `/`). */
  readonly root: string;
  private content: Element | undefined;
  private _path = '/';
  private _ready: Promise<void> = Promise.resolve();

  constructor(routes: Record<string, SubPageBuilder<never>>, options: SubPagesOptions = {}) {
    const compiled = Object.entries(routes).map(([path, build]) => ({
      path,
      match: match(checkSubPath(path), { decode: decodeURIComponent }),
      build,
    }));
    super('k-sub-pages');
    this.routes = compiled;
    this.notFound = options.notFound ?? showNotFound;
    const page = this.client.page;
    const pathname = page.path.split('?')[0]!;
    if (page.root === undefined)
      this.client.config.logger.warn(
        `[kite] ui.subPages on ${pathname}: the page path has no trailing wildcard (e.g. '${pathname}{/*rest}'), so reloads and deep links will not find its sub pages`,
      );
    this.root = page.root ?? pathname.replace(/\/$/, '');
    const initial = page.path.slice(this.root.length);
    this.on('navigate', (event) => this.followTab(event));
    this.show(initial.startsWith('/') ? initial : `/${initial}`, page.path);
  }

  /** The sub path shown (with its query, if any). */
  get path(): string {
    return this._path;
  }

  /** The URL of a sub path: `/users/3` under `/spa` is `/spa/users/3`. */
  urlOf(path: string): string {
    checkSubPath(path);
    const { pathname } = splitQuery(path);
    return pathname === '/' && this.root ? this.root + path.slice(1) : this.root + path;
  }

  /** Resolves when the sub page shown now has been built (await it for async builders in the first HTML). */
  get ready(): Promise<void> {
    return this._ready;
  }

  /** Shows another sub page and adds it to the browser's history, without reloading the page. */
  navigate(path: string): Promise<void> {
    return this.show(checkSubPath(path), this.urlOf(path));
  }

  /** A link to a sub path: a plain click navigates in place; ctrl-, shift- or middle-click opens it as usual. */
  link(text: string, path: string): Link {
    const link = new Link(text, this.urlOf(path));
    link.on('click.exact.prevent', () => this.navigate(path));
    return link;
  }

  /** The tab's location changed (back or forward): show what it points at, if it is under the root. */
  private followTab(event: ElementEvent): void {
    const url = event.args[0];
    const rest = typeof url === 'string' && url.length <= MAX_URL && url.startsWith(this.root) ? url.slice(this.root.length) : undefined;
    // After the root comes a path, a query or nothing (`/spatial` is not under `/spa`).
    if (rest === undefined || !/^([/?]|$)/.test(rest) || rest.startsWith('//') || rest.includes('\\')) {
      this.client.dropped++;
      return;
    }
    // The tab is already at `url`: keeping it exactly as reported adds no history entry.
    void this.show(rest.startsWith('/') ? rest : `/${rest}`, this.root + rest);
  }

  /** Replaces the content with the sub page for `path`; the tab's location follows `url`. */
  private show(path: string, url: string): Promise<void> {
    this._path = path;
    this.setProp('url', url);
    this.content?.delete();
    const content = this.within(() => new Element('div').style({ display: 'contents' }));
    this.content = content;
    const { pathname, query } = splitQuery(path);
    let built: unknown;
    try {
      built = content.within(() => this.build(pathname, query, path));
    } catch (error) {
      this.client.reportError(error, { element: this, where: `sub page ${path}` });
    }
    // `within` reports a failed build; a build that outlives its sub page (the user moved on)
    // adds its late elements to the deleted container, which discards them.
    const noop = (): void => {};
    return (this._ready = built instanceof Promise ? built.then(noop, noop) : Promise.resolve());
  }

  private build(pathname: string, query: Record<string, string>, path: string): unknown {
    for (const route of this.routes) {
      const found = route.match(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(found.params))
        if (value !== undefined) params[key] = Array.isArray(value) ? value.join('/') : value;
      return (route.build as SubPageBuilder)({ params, query, path, subPages: this });
    }
    // Read only for the first HTML: a deep link to an unknown sub path answers 404, with the page.
    this.client.status = 404;
    return this.notFound({ params: {}, query, path, subPages: this });
  }
}

function showNotFound({ path }: SubPageContext): void {
  new Label('Page not found').classes('text-h6');
  new Label(path).classes('text-grey-7');
}

/**
 * `ui.subPages({ '/': home, '/users/:id': ({ params }) => user(params.id) })` inside a page
 * registered as `/spa{/*rest}`; `pages.navigate('/users/3')`, `pages.link('Users', '/users')`.
 */
export function subPages<T extends string>(routes: { [K in T]: SubPageBuilder<RouteParams<K>> }, options: SubPagesOptions = {}): SubPages {
  return new SubPages(routes as Record<string, SubPageBuilder<never>>, options);
}
