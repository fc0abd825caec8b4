import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../app/create-app.js';
import type { Actor } from '../../app/policies.js';
import { createUser } from '../support/factories.js';
import { recordingLogger } from '../support/logger.js';
import { redisInstalled, startRedis, type TestRedis } from '../support/redis.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, testSettings } from '../support/settings.js';
import { signedInUser } from '../support/ui-app.js';

/** Two app processes (two createApp on two ports) on one SQLite file and one Redis, as a cluster runs them. */
describe.skipIf(!redisInstalled)('two processes sharing one Redis', () => {
  let redis: TestRedis;
  let dir: string;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'kite-two-processes-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'app.db')}`, REDIS_URL: redis.url };
    a = await startTestServer(env);
    b = await startTestServer(env);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const tokenOn = async (server: TestServer, username: string, password: string) =>
    (await server.api('POST', '/login/access-token', { form: { username, password } })).body.access_token as string;
  const createItemOn = async (server: TestServer, token: string, title: string) => server.api('POST', '/items/', { token, json: { title } });

  /** Counts how often the items screens of `account` read their items on this process; `next()` waits for the next read. */
  const itemsLoads = (server: TestServer, account: { id: string }) => {
    const items = server.kite.services.items;
    const browse = items.browse.bind(items);
    const loads = { count: 0, next: () => new Promise<void>((resolve) => waiters.push(resolve)) };
    const waiters: (() => void)[] = [];
    vi.spyOn(items, 'browse').mockImplementation((actor: Actor, query) => {
      if (actor.id === account.id) {
        loads.count++;
        for (const wake of waiters.splice(0)) wake();
      }
      return browse(actor, query);
    });
    return loads;
  };

  it('shows a REST write on one process on a live screen of the other', async () => {
    const screen = await signedInUser(b.kite, ADMIN_EMAIL, ADMIN_PASSWORD);
    const token = await tokenOn(a, ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await createItemOn(a, token, 'Written on A')).status).toBe(200);
    await screen.should.see('Written on A');
  });

  it('counts failed logins on all processes together: five wrong passwords over A and B block the account on both', async () => {
    const { user, password } = await createUser(a.kite);
    const login = (server: TestServer, secret: string) => server.api('POST', '/login/access-token', { form: { username: user.email, password: secret } });
    const statuses = [];
    for (const server of [a, b, a, b, a]) statuses.push((await login(server, 'wrong-password')).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    expect((await login(b, password)).status).toBe(429);
    expect((await login(a, password)).status).toBe(429);
  });

  it('after a Redis restart reloads each open screen once, and live updates flow again', async () => {
    const { user, password } = await createUser(b.kite);
    const screen = await signedInUser(b.kite, user.email, password);
    const token = await tokenOn(a, user.email, password);
    a.logs.records.splice(0);
    const loads = itemsLoads(b, user);
    const reloaded = loads.next();
    await redis.kill();
    await redis.start();
    await reloaded;
    await a.logs.logged('change bus publisher connection is back');
    expect((await createItemOn(a, token, 'After the restart')).status).toBe(200);
    await screen.should.see('After the restart');
    expect(loads.count).toBe(2); // the reload on reconnect, and the one for the new item
    vi.restoreAllMocks();
  });

  it('answers a REST write normally while Redis is down, logs the failed publish, and the other process catches up when Redis is back', async () => {
    const screen = await signedInUser(b.kite, ADMIN_EMAIL, ADMIN_PASSWORD);
    const token = await tokenOn(a, ADMIN_EMAIL, ADMIN_PASSWORD);
    a.logs.records.splice(0);
    await redis.kill();
    const response = await createItemOn(a, token, 'Written during the outage');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: 'Written during the outage' });
    expect((await a.logs.logged('could not publish item created')).level).toBe('warn');
    await redis.start();
    await b.logs.logged('change bus subscriber connection is back');
    await screen.should.see('Written during the outage');
  });

  it('holds no request on a frozen Redis (nothing answered, connections open): logins and writes are answered', async () => {
    const { user, password } = await createUser(a.kite);
    const token = await tokenOn(a, user.email, password);
    redis.freeze();
    try {
      const wrong = await a.api('POST', '/login/access-token', { form: { username: user.email, password: 'wrong-password' } });
      expect(wrong.status).toBe(400);
      expect((await createItemOn(a, token, 'Written while Redis froze')).status).toBe(200);
    } finally {
      redis.thaw();
    }
  });

  it('starts a process during a Redis outage once Redis is reachable, and the process then shares live updates', async () => {
    const logs = recordingLogger();
    a.logs.records.splice(0);
    await redis.kill();
    const starting = createApp(testSettings({ DATABASE_URL: `sqlite:${join(dir, 'app.db')}`, REDIS_URL: redis.url }), { logger: logs });
    await logs.logged('not reachable yet');
    await redis.start();
    const c = await starting;
    try {
      const screen = await signedInUser(c, ADMIN_EMAIL, ADMIN_PASSWORD);
      await a.logs.logged('change bus publisher connection is back');
      expect((await createItemOn(a, await tokenOn(a, ADMIN_EMAIL, ADMIN_PASSWORD), 'Seen by the late starter')).status).toBe(200);
      await screen.should.see('Seen by the late starter');
    } finally {
      await c.close();
    }
  });
});
