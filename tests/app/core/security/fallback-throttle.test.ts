import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRedis, connectRedis, type RedisConnection } from '../../../../app/core/redis.js';
import { FallbackLoginThrottle } from '../../../../app/core/security/fallback-throttle.js';
import { RedisLoginThrottle } from '../../../../app/core/security/redis-throttle.js';
import { InMemoryLoginThrottle } from '../../../../app/core/security/throttle.js';
import { recordingLogger } from '../../../support/logger.js';
import { redisInstalled, startRedis, type TestRedis } from '../../../support/redis.js';

const settings = { windowMs: 15 * 60_000, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20, maxTrackedKeys: 1000 };

describe.skipIf(!redisInstalled)('FallbackLoginThrottle (real Redis, stopped and started again)', () => {
  let redis: TestRedis;
  let client: RedisConnection;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await closeRedis(client);
    await redis.stop();
  });

  it('while Redis is away, neither locks everyone out nor lifts the limit: it counts in this process, says so once, and shares again when Redis is back', async () => {
    const logs = recordingLogger();
    client = await connectRedis(redis.url, 'login throttle', logs);
    const throttle = new FallbackLoginThrottle(new RedisLoginThrottle(client, settings), new InMemoryLoginThrottle(settings), logs);
    await throttle.recordFailure('a@example.com', '10.0.0.1');
    await throttle.recordFailure('a@example.com', '10.0.0.1');

    await redis.kill();
    await logs.logged('login throttle connection lost');
    expect(await throttle.retryAfterSeconds('a@example.com', '10.0.0.1')).toBe(0);
    for (let i = 0; i < 3; i++) await throttle.recordFailure('a@example.com', '10.0.0.1');
    // The two failures from before the outage still count here, so the fifth blocks.
    expect(await throttle.retryAfterSeconds('a@example.com', '10.0.0.1')).toBeGreaterThan(0);
    expect(logs.records.filter((r) => r.message.includes('counted per process'))).toHaveLength(1);

    await redis.start();
    await logs.logged('login throttle connection is back');
    // The new, empty Redis has no failures for another account: the shared count answers again.
    expect(await throttle.retryAfterSeconds('b@example.com', '10.0.0.2')).toBe(0);
    await logs.logged('counted across processes again');
  });
});
