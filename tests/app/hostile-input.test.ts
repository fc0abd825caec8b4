import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiDocument } from '../../app/api/document.js';
import type { BootState, ElementSpec } from '../../framework/protocol/messages.js';
import { createItem, createUser, type TestUser } from '../support/factories.js';
import { HOSTILE_STRINGS, hostileJson, hostileSegment, nestedJson, Rng } from '../support/hostile.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { loadPage, TestSocket } from '../support/ui-server.js';

/**
 * Property: whatever a client sends, the server answers 4xx (with a JSON `detail` on the API and
 * the framework's own routes) or succeeds; it never answers 5xx, never logs an error, never crashes,
 * and other tabs keep working. Seeded: a failure message names the request that broke it.
 */
const SEED = 20261204;
const REQUESTS = 3_000;
const ATTACKER_TABS = 12;
const FRAMES_PER_TAB = 120;

const FIELDS = ['email', 'password', 'full_name', 'is_active', 'is_superuser', 'title', 'description', 'current_password', 'new_password', 'username'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const;
const CONTENT_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', ''];

interface Sent {
  method: string;
  path: string;
  contentType: string;
  body: string;
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

let server: TestServer;
let port: number;
let user: TestUser;
let itemId: string;

beforeAll(async () => {
  server = await startTestServer();
  port = Number(new URL(server.baseUrl).port);
  user = await createUser(server.kite);
  itemId = (await createItem(server.kite, user.user)).id;
});

afterAll(async () => {
  await server.stop();
});

/** A raw request: the path goes on the request line as given (fetch would normalise it). */
function send(sent: Sent, token: string | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}` };
    if (sent.contentType) headers['content-type'] = sent.contentType;
    if (token !== undefined) headers.authorization = token;
    const body = sent.method === 'GET' || sent.method === 'HEAD' ? undefined : sent.body;
    // Framed explicitly: Node sends a DELETE body unframed otherwise, which is a broken request.
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const req = request({ host: '127.0.0.1', port, method: sent.method, path: sent.path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function apiTemplates(): { method: string; path: string }[] {
  const document = buildApiDocument() as unknown as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })));
}

function hostilePath(rng: Rng, template: string): string {
  const path = template.replace(/\{(\w+)\}/g, () => (rng.chance(0.3) ? rng.pick([itemId, user.user.id, crypto.randomUUID()]) : hostileSegment(rng)));
  const roll = rng.int(10);
  if (roll === 0) return `${path}?${hostileSegment(rng)}=${hostileSegment(rng)}&skip=${hostileSegment(rng)}&limit=${hostileSegment(rng)}`;
  if (roll === 1) return `${path}?skip=-1&limit=100000&sort_by=${hostileSegment(rng)}`;
  if (roll === 2) return `${path}/${hostileSegment(rng)}`;
  return path;
}

function hostileBody(rng: Rng): { contentType: string; body: string } {
  const roll = rng.int(10);
  if (roll < 5) return { contentType: 'application/json', body: hostileJson(rng, 1, FIELDS) };
  if (roll === 5) return { contentType: 'application/json', body: rng.pick(['{', '{"title":', nestedJson(5_000), '\u0000', '{"title":"a"}'.repeat(3)]) };
  if (roll === 6) {
    const form = new URLSearchParams();
    for (const name of FIELDS.slice(0, 4)) if (rng.chance(0.7)) form.set(rng.chance(0.8) ? name : 'username', rng.pick(HOSTILE_STRINGS).slice(0, 5000));
    return { contentType: 'application/x-www-form-urlencoded', body: form.toString() };
  }
  return { contentType: rng.pick(CONTENT_TYPES), body: hostileJson(rng, 0, FIELDS) };
}

function hostileRequest(rng: Rng, templates: { method: string; path: string }[]): Sent {
  const template = rng.chance(0.9) ? rng.pick(templates) : { method: 'GET', path: rng.pick(['/api/v1/{x}', '/_ui/upload/{x}/{y}', '/_ui/download/{x}/{y}', '/docs/{x}', '/redoc/{x}', '/openapi.json', '/{x}']) };
  const method = rng.chance(0.8) ? template.method : rng.pick(METHODS);
  return { method, path: hostilePath(rng, template.path), ...hostileBody(rng) };
}

/** The API and the framework's own routes speak JSON errors; pages answer with their own HTML. */
const jsonErrors = (path: string): boolean => path.startsWith('/api/') || path.startsWith('/_ui/');

describe('hostile input', () => {
  it('REST: generated bodies, paths, methods and tokens never get a 5xx, and every API 4xx has a JSON detail', async () => {
    const rng = new Rng(SEED);
    const templates = apiTemplates();
    const tokens = [undefined, 'Bearer garbage', `Bearer ${user.token}x`, 'Basic YTpi', `Bearer ${user.token}`, `Bearer ${user.token}`];
    const failures: string[] = [];
    for (let i = 0; i < REQUESTS && failures.length < 5; i++) {
      const sent = hostileRequest(rng, templates);
      const answer = await send(sent, rng.pick(tokens));
      const what = `#${i} ${sent.method} ${sent.path.slice(0, 120)} ${sent.contentType} ${sent.body.slice(0, 120)} -> ${answer.status} ${answer.text.slice(0, 160)}`;
      if (answer.status >= 500) failures.push(what);
      else if (answer.status >= 400 && sent.method !== 'HEAD' && jsonErrors(sent.path)) {
        const detail = answer.contentType.startsWith('application/json') ? (JSON.parse(answer.text) as { detail?: unknown }).detail : undefined;
        if (detail === undefined) failures.push(`no JSON detail: ${what}`);
      }
    }
    expect(failures).toEqual([]);
    expect(server.logs.records.filter((r) => r.level === 'error').map((r) => r.message)).toEqual([]);
    expect((await server.api('GET', '/utils/health-check/')).status).toBe(200);
  }, 120_000);

  it('websocket: generated frames from many tabs run nothing they should not, log no error, and leave another tab working', async () => {
    const rng = new Rng(SEED + 1);
    const victim = await openTab('/login');
    const [email, password] = inputs(victim.boot);
    for (let i = 0; i < ATTACKER_TABS; i++) {
      const attacker = await openTab('/login');
      const ids = attacker.boot.elements.map((e) => e.id);
      for (let f = 0; f < FRAMES_PER_TAB && !attacker.socket.closed; f++) attacker.socket.send(hostileFrame(rng, ids));
      // One malformed frame at the end: it closes that socket, and only that one.
      attacker.socket.send(rng.pick(['not json', '["e"]', '["x",1]', nestedJson(10_000), '["v",1,"a",-1]', 'x'.repeat(70_000)]));
      await new Promise<void>((resolve) => (attacker.socket.closed ? resolve() : attacker.socket.ws.once('close', () => resolve())));
      expect(attacker.socket.closed!.code, `tab ${i}`).not.toBe(1006);
    }
    // The victim still signs in as before: its typed values are taken and its click answered.
    const button = victim.boot.elements.find((e) => e.tag === 'q-btn')!;
    victim.socket.send(['v', email!.id, 'nobody@example.com', 1]);
    victim.socket.send(['v', password!.id, 'a-wrong-password', 1]);
    victim.socket.send(['e', button.id, 'click', []]);
    await victim.socket.until((messages) => JSON.stringify(messages).includes('"notify"'), 20_000);
    expect(victim.socket.closed).toBeUndefined();
    expect(server.logs.records.filter((r) => r.level === 'error').map((r) => `${r.message} ${String(r.error)}`)).toEqual([]);
    expect((await server.api('GET', '/utils/health-check/')).status).toBe(200);
  }, 120_000);
});

async function openTab(path: string): Promise<{ boot: BootState; socket: TestSocket }> {
  const { boot } = await loadPage(server.baseUrl, path);
  const socket = TestSocket.join(server.baseUrl, boot!);
  await socket.opened();
  return { boot: boot!, socket };
}

function inputs(boot: BootState): ElementSpec[] {
  return boot.elements.filter((e) => e.tag === 'q-input');
}

const EVENT_NAMES = ['click', 'update:model-value', 'keydown.enter', 'blur', 'focus', ...HOSTILE_STRINGS.slice(25, 34)];

function hostileFrame(rng: Rng, ids: number[]): string {
  const id = rng.chance(0.8) ? rng.pick(ids) : rng.pick([0, 999_999, 2 ** 53 - 1]);
  switch (rng.int(4)) {
    case 0:
      return `["e",${id},${JSON.stringify(rng.pick(EVENT_NAMES))},[${hostileJson(rng, 2)}]]`;
    case 1:
      return `["v",${id},${hostileJson(rng, 1)},${rng.int(1000)}]`;
    case 2:
      return `["r",${rng.int(100)},${hostileJson(rng, 1)}]`;
    default:
      return `["a",${rng.int(1_000_000)}]`;
  }
}
