import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeFactory } from '../../openapi/contract.js';
import { routesToRouter, toExpressPath } from '../../openapi/express.js';
import { RequestValidationError } from '../../openapi/validation.js';

/** The contract layer on its own, with a toy app: no Kite code involved. */
interface ToyTypes {
  auth: 'member';
  actor: { name: string };
  deps: { greeting: string };
}
const defineRoute = routeFactory<ToyTypes>();

class Denied extends Error {}

const routes = [
  defineRoute({
    method: 'post',
    path: '/things/{thing_id}',
    operationId: 'things-update',
    tags: ['things'],
    summary: 'Update a thing',
    auth: 'member',
    request: {
      params: z.object({ thing_id: z.uuid() }),
      query: z.object({ dry: z.enum(['yes', 'no']).default('no') }),
      body: z.object({ name: z.string().min(1) }),
    },
    response: { status: 201, description: 'ok', schema: z.object({ id: z.string(), name: z.string(), by: z.string(), dry: z.string() }) },
    handler: ({ params, query, body, actor }) => ({ id: params.thing_id, name: body.name, by: actor.name, dry: query.dry, secret: 'leak' }),
  }),
  defineRoute({
    method: 'post',
    path: '/token',
    operationId: 'token',
    tags: ['things'],
    summary: 'Form login',
    auth: null,
    request: { form: z.object({ username: z.string(), password: z.string() }) },
    response: { description: 'ok', schema: z.object({ user: z.string(), from: z.string(), greeting: z.string() }) },
    handler: ({ form, client, deps, actor }) => ({ user: form.username, from: actor === undefined ? client.address : 'actor', greeting: deps.greeting }),
  }),
];

const renderErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  if (error instanceof RequestValidationError) res.status(422).json({ detail: error.issues });
  else if (error instanceof Denied) res.status(401).json({ detail: 'denied' });
  else res.status(500).json({ detail: String(error) });
};

describe('routesToRouter', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const app = express();
    app.use(
      routesToRouter(routes, {
        deps: { greeting: 'hi' },
        authenticate: async (req, level) => {
          if (req.get('x-member') === undefined) throw new Denied();
          return { name: `${req.get('x-member')} (${level})` };
        },
      }),
    );
    app.use(renderErrors);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  const id = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

  it('passes parsed params, query, body and actor to the handler, and answers with the declared status', async () => {
    const response = await post(`/things/${id}?dry=yes`, JSON.stringify({ name: 'kite' }), { 'x-member': 'ann' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id, name: 'kite', by: 'ann (member)', dry: 'yes' });
  });

  it('sends the result through the response schema, which drops undeclared fields', async () => {
    const response = await post(`/things/${id}`, JSON.stringify({ name: 'kite' }), { 'x-member': 'ann' });
    expect(await response.json()).not.toHaveProperty('secret');
  });

  it('authenticates protected routes before validating them', async () => {
    const response = await post('/things/not-a-uuid', '{}');
    expect(response.status).toBe(401);
  });

  it('collects issues from every part of the request', async () => {
    const response = await post('/things/not-a-uuid?dry=maybe', JSON.stringify({ name: '' }), { 'x-member': 'ann' });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { detail: { loc: string[] }[] };
    expect(body.detail.map((d) => d.loc)).toEqual([
      ['path', 'thing_id'],
      ['query', 'dry'],
      ['body', 'name'],
    ]);
  });

  it('turns a JSON syntax error into a validation issue', async () => {
    const response = await post(`/things/${id}`, '{"name":', { 'x-member': 'ann' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ detail: [{ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' }] });
  });

  it('reads url-encoded forms on public routes, with the client address and the deps', async () => {
    const response = await fetch(`${base}/token`, {
      method: 'POST',
      body: new URLSearchParams({ username: 'ann', password: 'pw' }),
    });
    expect(await response.json()).toEqual({ user: 'ann', from: '127.0.0.1', greeting: 'hi' });
  });

  it('converts OpenAPI path templates to Express paths', () => {
    expect(toExpressPath('/users/{user_id}/items/{id}')).toBe('/users/:user_id/items/:id');
  });
});
