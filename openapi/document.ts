import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { ErrorStatus, Route, RouteTypes } from './contract.js';
import { HTTPErrorSchema, HTTPValidationErrorSchema } from './schemas.js';

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/** An OAuth2 password-flow scheme: what FastAPI's OAuth2PasswordBearer documents, and what Swagger UI's Authorize button uses. */
export interface PasswordFlowSecurity {
  schemeName: string;
  tokenUrl: string;
  /** Error responses every protected operation can return. */
  errors: Partial<Record<ErrorStatus, string>>;
}

export interface DocumentOptions {
  info: { title: string; version: string; description?: string };
  /** Prepended to every route path (`/api/v1`). */
  pathPrefix: string;
  tags: { name: string; description: string }[];
  security: PasswordFlowSecurity;
}

/** The one place that turns route contracts into the OpenAPI 3.1 document. */
export function buildOpenApiDocument<T extends RouteTypes>(
  routes: readonly Route<T>[],
  options: DocumentOptions,
): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', options.security.schemeName, {
    type: 'oauth2',
    flows: { password: { scopes: {}, tokenUrl: options.security.tokenUrl } },
  });
  for (const route of routes) registry.registerPath(toPathConfig(route, options));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: options.info,
    tags: options.tags,
  });
}

function toPathConfig<T extends RouteTypes>(route: Route<T>, options: DocumentOptions): RouteConfig {
  const request = route.request ?? {};
  const protectedRoute = route.auth !== null;
  const bodyContent = request.body
    ? { 'application/json': { schema: request.body } }
    : request.form
      ? { 'application/x-www-form-urlencoded': { schema: request.form } }
      : undefined;
  return {
    method: route.method,
    path: options.pathPrefix + route.path,
    operationId: route.operationId,
    tags: [...route.tags],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(protectedRoute ? { security: [{ [options.security.schemeName]: [] }] } : {}),
    request: {
      ...(request.params ? { params: request.params as RouteParams } : {}),
      ...(request.query ? { query: request.query as RouteParams } : {}),
      ...(bodyContent ? { body: { required: true, content: bodyContent } } : {}),
    },
    responses: toResponses(route, protectedRoute ? options.security.errors : {}),
  };
}

type RouteParams = NonNullable<NonNullable<RouteConfig['request']>['params']>;

function toResponses<T extends RouteTypes>(
  route: Route<T>,
  authErrors: Partial<Record<ErrorStatus, string>>,
): Record<string, ResponseConfig> {
  const responses: Record<string, ResponseConfig> = {
    [route.response.status ?? 200]: {
      description: route.response.description,
      content: { 'application/json': { schema: route.response.schema } },
    },
  };
  const errors: Record<string, string> = { ...authErrors };
  for (const [status, description] of Object.entries(route.errors ?? {})) {
    errors[status] = errors[status] ? `${description} / ${errors[status]}` : description;
  }
  for (const [status, description] of Object.entries(errors)) {
    responses[status] = { description, content: { 'application/json': { schema: HTTPErrorSchema } } };
  }
  const validates = Object.values(route.request ?? {}).some(Boolean);
  if (validates) {
    responses['422'] = {
      description: 'Validation Error',
      content: { 'application/json': { schema: HTTPValidationErrorSchema } },
    };
  }
  return responses;
}

/** The committed file's exact text, so a byte comparison detects a stale openapi.json. */
export function serializeDocument(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
