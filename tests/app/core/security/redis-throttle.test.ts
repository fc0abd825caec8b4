import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRedis, connectRedis, type RedisConnection } from '../../../../app/core/redis.js';
import { RedisLoginThrottle } from '../../../../app/core/security/redis-throttle.js';
import { recordingLogger } from '../../../support/logger.js';
import { redisInstalled, startRedis, type TestRedis } from '../../../support/redis.js';

const window = 15 * 60_000;
const settings = { windowMs: window, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20, maxTrackedKeys: 1000 };

describe.skipIf(!redisInstalled)('RedisLoginThrottle (real Redis)', () => {
  let redis: TestRedis;
  const clients: RedisConnection[] = [];
  const clock = { now: 1_000_000 };
  /** One throttle per simulated process, each with its own connection, on one Redis and one clock. */
  const processes = async (count: number) => {
    const throttles: RedisLoginThrottle[] = [];
    for (let i = 0; i < count; i++) {
      const client = await connectRedis(redis.url, `throttle ${i}`, recordingLogger());
      clients.push(client);
      throttles.push(new RedisLoginThrottle(client, settings, () => clock.now));
    }
    return throttles;
  };
  let n = 0;
  const account = () => `account-${++n}@example.com`;
  const address = () => `10.1.0.${++n % 250}`;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(clients.map(closeRedis));
    await redis.stop();
  });

  it('counts failures on every process together: five spread over two processes block the account on both', async () => {
    const [a, b] = (await processes(2)) as [RedisLoginThrottle, RedisLoginThrottle];
    const who = account();
    for (const throttle of [a, b, a, b]) await throttle.recordFailure(who, address());
    expect(await a.retryAfterSeconds(who, address())).toBe(0);
    await b.recordFailure(who, address());
    expect(await a.retryAfterSeconds(who, address())).toBe(900);
    expect(await b.retryAfterSeconds(who, address())).toBe(900);
    clock.now += 60_000;
    expect(await a.retryAfterSeconds(who, address())).toBe(840);
  });

  it('forgets failures once they leave the sliding window, and keeps no key past it', async () => {
    const [a] = (await processes(1)) as [RedisLoginThrottle];
    const who = account();
    for (let i = 0; i < 5; i++) await a.recordFailure(who, '10.2.0.1');
    clock.now += window + 1;
    expect(await a.retryAfterSeconds(who, '10.2.0.1')).toBe(0);
    const expiresInMs = await clients.at(-1)!.pTTL(`kite:throttle:account:${who}`);
    expect(expiresInMs).toBeGreaterThan(0);
    expect(expiresInMs).toBeLessThanOrEqual(window);
  });

  it('blocks an address after 20 failures over many accounts, whichever process saw them', async () => {
    const [a, b] = (await processes(2)) as [RedisLoginThrottle, RedisLoginThrottle];
    const from = '10.3.0.7';
    for (let i = 0; i < 20; i++) await (i % 2 ? a : b).recordFailure(account(), from);
    expect(await a.retryAfterSeconds(account(), from)).toBeGreaterThan(0);
    expect(await b.retryAfterSeconds(account(), '10.3.0.8')).toBe(0);
  });

  it('resets the account (not the address) on a success on any process', async () => {
    const [a, b] = (await processes(2)) as [RedisLoginThrottle, RedisLoginThrottle];
    const who = account();
    for (let i = 0; i < 4; i++) await a.recordFailure(who, '10.4.0.1');
    await b.recordSuccess(who);
    for (let i = 0; i < 4; i++) await a.recordFailure(who, '10.4.0.1');
    expect(await b.retryAfterSeconds(who, '10.4.0.2')).toBe(0);
  });

  it('counts two failures in the same millisecond as two, and holds at most the limit per key', async () => {
    const [a] = (await processes(1)) as [RedisLoginThrottle];
    const who = account();
    await Promise.all(Array.from({ length: 8 }, () => a.recordFailure(who, '10.5.0.1')));
    expect(await a.retryAfterSeconds(who, '10.5.0.2')).toBe(900);
    expect(await clients.at(-1)!.zCard(`kite:throttle:account:${who}`)).toBe(5);
  });
});
