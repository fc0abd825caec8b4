import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Route, RouteTypes } from './contract.js';
import { answerOtherMethods } from './methods.js';
import { jsonDecodeIssue, RequestValidationError, validatePart, type ValidationIssue } from './validation.js';

export interface ExpressBinding<T extends RouteTypes> {
  /** Resolves the actor for a protected route, or throws the app's own error (401/403/...). */
  authenticate(req: Request, level: T['auth']): Promise<T['actor']>;
  deps: T['deps'];
  /** Largest accepted body; body-parser syntax ('100kb'). */
  bodyLimit?: string;
}

/**
 * Mounts routes on a new Express router. Per request: parse the body, authenticate (before validation,
 * as FastAPI resolves dependencies first), validate every part, run the handler, and send the result
 * through the response schema, which strips any field the contract does not declare. A known path
 * asked with another method answers 405 with Allow.
 */
export function routesToRouter<T extends RouteTypes>(
  routes: readonly Route<T>[],
  binding: ExpressBinding<T>,
): express.Router {
  const router = express.Router();
  const limit = binding.bodyLimit ?? '100kb';
  for (const route of routes) {
    const parsers: RequestHandler[] = [];
    if (route.request?.body) parsers.push(withJsonErrors(express.json({ limit, strict: false })));
    if (route.request?.form) parsers.push(express.urlencoded({ limit, extended: false }));
    router[route.method](toExpressPath(route.path), ...parsers, async (req: Request, res: Response) => {
      const actor = route.auth === null ? undefined : await binding.authenticate(req, route.auth);
      const parts = validateRequest(route, req);
      const result = await route.handler({
        ...parts,
        // Present exactly when the route is protected, which is what the handler's type promises.
        actor: actor as HandlerActor<T>,
        deps: binding.deps,
        client: { address: req.ip ?? req.socket.remoteAddress ?? 'unknown' },
      });
      res.status(route.response.status ?? 200).json(route.response.schema.parse(result));
    });
  }
  answerOtherMethods(router, routes.map((route) => ({ method: route.method, path: toExpressPath(route.path) })));
  return router;
}

type HandlerActor<T extends RouteTypes> = Parameters<Route<T>['handler']>[0]['actor'];

/** `/items/{id}` -> `/items/:id` */
export function toExpressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function validateRequest<T extends RouteTypes>(route: Route<T>, req: Request) {
  const issues: ValidationIssue[] = [];
  const parse = (schema: Parameters<typeof validatePart>[0] | undefined, source: 'path' | 'query' | 'body', input: unknown) => {
    if (!schema) return undefined;
    const result = validatePart(schema, source, input);
    if (result.ok) return result.value;
    issues.push(...result.issues);
    return undefined;
  };
  const request = route.request ?? {};
  const parts = {
    params: parse(request.params, 'path', req.params),
    query: parse(request.query, 'query', req.query),
    body: parse(request.body, 'body', req.body),
    // Form fields are separate values (as in FastAPI): a missing form reports each missing field.
    form: parse(request.form, 'body', req.body ?? {}),
  };
  if (issues.length > 0) throw new RequestValidationError(issues);
  return parts;
}

/** A malformed JSON body is the client's mistake: report it as a validation issue, never a 500. */
function withJsonErrors(parser: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    parser(req, res, (err?: unknown) => {
      if (isBodyParserError(err, 'entity.parse.failed')) return next(new RequestValidationError([jsonDecodeIssue]));
      next(err);
    });
  };
}

function isBodyParserError(err: unknown, type: string): boolean {
  return typeof err === 'object' && err !== null && (err as { type?: unknown }).type === type;
}
