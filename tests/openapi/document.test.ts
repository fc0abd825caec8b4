import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildApiDocument } from '../../app/api/document.js';
import { serializeDocument } from '../../openapi/document.js';

const document = buildApiDocument();
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, unknown>;
}

const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  methods.flatMap((method) => {
    const operation = (item as Record<string, Operation | undefined>)[method];
    return operation ? [{ path, method, operation }] : [];
  }),
);

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the four tags', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.tags?.map((t) => t.name)).toEqual(['login', 'users', 'items', 'utils']);
  });

  it('declares the OAuth2 password flow that Swagger UI\'s Authorize button uses', () => {
    expect(document.components?.securitySchemes).toEqual({
      OAuth2PasswordBearer: { type: 'oauth2', flows: { password: { scopes: {}, tokenUrl: '/api/v1/login/access-token' } } },
    });
  });

  it('documents every upstream endpoint under /api/v1', () => {
    expect(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort()).toEqual(
      [
        'POST /api/v1/login/access-token',
        'POST /api/v1/login/test-token',
        'GET /api/v1/users/',
        'POST /api/v1/users/',
        'GET /api/v1/users/me',
        'PATCH /api/v1/users/me',
        'DELETE /api/v1/users/me',
        'PATCH /api/v1/users/me/password',
        'POST /api/v1/users/signup',
        'GET /api/v1/users/{user_id}',
        'PATCH /api/v1/users/{user_id}',
        'DELETE /api/v1/users/{user_id}',
        'GET /api/v1/items/',
        'POST /api/v1/items/',
        'GET /api/v1/items/{id}',
        'PUT /api/v1/items/{id}',
        'DELETE /api/v1/items/{id}',
        'GET /api/v1/utils/health-check/',
      ].sort(),
    );
  });

  it('gives every operation a unique id, one known tag and a summary', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { operation } of operations) {
      expect(operation.tags).toHaveLength(1);
      expect(['login', 'users', 'items', 'utils']).toContain(operation.tags?.[0]);
      expect(operation.summary).toBeTruthy();
    }
  });

  it('marks exactly the public operations as unsecured, and documents 401 on the others', () => {
    const publicOps = operations.filter(({ operation }) => !operation.security).map(({ operation }) => operation.operationId);
    expect(publicOps.sort()).toEqual(['login-login_access_token', 'users-register_user', 'utils-health_check']);
    for (const { operation } of operations.filter(({ operation }) => operation.security)) {
      expect(operation.security).toEqual([{ OAuth2PasswordBearer: [] }]);
      expect(operation.responses).toHaveProperty('401');
    }
  });

  it('takes the login as an url-encoded form', () => {
    const login = operations.find(({ operation }) => operation.operationId === 'login-login_access_token');
    expect(Object.keys(login?.operation.requestBody?.content ?? {})).toEqual(['application/x-www-form-urlencoded']);
  });

  it('has examples on every schema', () => {
    const schemas = Object.entries(document.components?.schemas ?? {});
    expect(schemas.length).toBeGreaterThanOrEqual(13);
    for (const [name, schema] of schemas) {
      expect(schema, name).toHaveProperty('examples');
    }
  });

  it('never mentions a hashed password', () => {
    expect(JSON.stringify(document)).not.toMatch(/hashed_password|hashedPassword/);
  });

  it('is what is committed in openapi/openapi.json (run `npm run openapi` after changing a route)', async () => {
    const committed = await readFile(new URL('../../openapi/openapi.json', import.meta.url), 'utf8');
    expect(committed === serializeDocument(document), 'openapi/openapi.json is stale: run `npm run openapi`').toBe(true);
  });
});
