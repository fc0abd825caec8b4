import type { z } from 'zod';

/**
 * The route contract: one declaration per endpoint gives request validation, the handler's types and
 * the OpenAPI operation. It knows nothing about any application: an app plugs in its own auth levels,
 * actor type and handler dependencies through `RouteTypes`.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type SuccessStatus = 200 | 201;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500;

type Schema = z.ZodType;
type Parsed<S> = S extends Schema ? z.output<S> : undefined;

/** What an application supplies: its auth levels (e.g. 'user' | 'admin'), the actor they yield, handler deps. */
export interface RouteTypes {
  auth: string;
  actor: unknown;
  deps: unknown;
}

export interface RouteRequest<P, Q, B, F> {
  /** Path parameters, named as in the path template (`/users/{user_id}`). */
  params?: P;
  query?: Q;
  /** A JSON body. */
  body?: B;
  /** An application/x-www-form-urlencoded body. */
  form?: F;
}

export interface SuccessResponse<R extends Schema> {
  status?: SuccessStatus;
  description: string;
  schema: R;
}

export interface HandlerContext<T extends RouteTypes, L, P, Q, B, F> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  form: Parsed<F>;
  /** The authenticated actor; absent on public routes. */
  actor: [L] extends [null] ? undefined : T['actor'];
  deps: T['deps'];
  client: { address: string };
}

export interface RouteDefinition<
  T extends RouteTypes,
  L extends T['auth'] | null,
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  F extends Schema | undefined,
  R extends Schema,
> {
  method: HttpMethod;
  /** Relative to the API prefix, OpenAPI style: `/items/{id}`. */
  path: string;
  /** Stable id used by generated clients. */
  operationId: string;
  tags: readonly string[];
  summary: string;
  description?: string;
  /** `null` for public routes; otherwise the level the app's authenticator enforces before validation. */
  auth: L;
  request?: RouteRequest<P, Q, B, F>;
  response: SuccessResponse<R>;
  /** Documented error responses (status -> when it happens). */
  errors?: Partial<Record<ErrorStatus, string>>;
  handler: (ctx: HandlerContext<T, L, P, Q, B, F>) => Promise<z.input<R>> | z.input<R>;
}

/** A route with its generic parameters erased, so routes of different shapes fit in one list. */
export interface Route<T extends RouteTypes> {
  readonly method: HttpMethod;
  readonly path: string;
  readonly operationId: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description?: string;
  readonly auth: T['auth'] | null;
  readonly request?: RouteRequest<Schema, Schema, Schema, Schema>;
  readonly response: SuccessResponse<Schema>;
  readonly errors?: Partial<Record<ErrorStatus, string>>;
  readonly handler: (ctx: HandlerContext<T, T['auth'] | null, Schema, Schema, Schema, Schema>) => unknown;
}

/** Returns a `defineRoute` bound to an application's types. */
export function routeFactory<T extends RouteTypes>() {
  return function defineRoute<
    L extends T['auth'] | null,
    R extends Schema,
    P extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
    B extends Schema | undefined = undefined,
    F extends Schema | undefined = undefined,
  >(definition: RouteDefinition<T, L, P, Q, B, F, R>): Route<T> {
    // The definition was type-checked against its own generics above; the list only needs the erased shape.
    return definition as unknown as Route<T>;
  };
}
