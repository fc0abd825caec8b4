import type { Request, Router } from 'express';

/**
 * A known path asked with a method none of its routes accepts. Shaped like http-errors (`status`,
 * `expose`, `headers`), so an error middleware that honours those answers 405 with the Allow
 * header; Express's own final handler does.
 */
export class MethodNotAllowed extends Error {
  readonly status = 405;
  readonly expose = true;
  readonly headers: { Allow: string };

  constructor(allowed: readonly string[]) {
    super('Method Not Allowed');
    this.headers = { Allow: allowed.join(', ') };
  }
}

/** The order methods are listed in an Allow header. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Mounted after every route of a router: a path that one of them knows, asked with another method,
 * answers 405 with Allow (a 404 would say the path does not exist); a plain OPTIONS (not a CORS
 * preflight, answered before) gets 204 with Allow. Paths may overlap (`/users/me` and
 * `/users/:user_id`): Allow lists every method of every route path that matches.
 */
export function answerOtherMethods(router: Router, routes: readonly { method: string; path: string }[]): void {
  const allowedFor = new WeakMap<Request, Set<string>>();
  for (const [path, methods] of methodsByPath(routes)) {
    router.all(path, (req, _res, next) => {
      const allowed = allowedFor.get(req) ?? new Set<string>();
      for (const method of methods) allowed.add(method);
      allowedFor.set(req, allowed);
      next();
    });
  }
  router.use((req, res, next) => {
    const allowed = allowedFor.get(req);
    if (!allowed) return next();
    const allow = METHOD_ORDER.filter((method) => allowed.has(method));
    if (req.method === 'OPTIONS') return void res.set('Allow', allow.join(', ')).status(204).end();
    next(new MethodNotAllowed(allow));
  });
}

/** Each path with the methods it accepts: HEAD wherever GET is (Express answers it), OPTIONS everywhere. */
function methodsByPath(routes: readonly { method: string; path: string }[]): Map<string, Set<string>> {
  const byPath = new Map<string, Set<string>>();
  for (const { method, path } of routes) {
    const methods = byPath.get(path) ?? new Set(['OPTIONS']);
    const name = method.toUpperCase();
    methods.add(name);
    if (name === 'GET') methods.add('HEAD');
    byPath.set(path, methods);
  }
  return byPath;
}
