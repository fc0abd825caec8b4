import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeBus, ChangeEvent } from '../../../app/services/bus.js';
import { RedisChangeBus } from '../../../app/services/redis-bus.js';
import { recordingLogger } from '../../support/logger.js';
import { redisInstalled, startRedis, type TestRedis } from '../../support/redis.js';

const item = (id: string): ChangeEvent => ({ kind: 'item', action: 'created', id, ownerId: 'u1' });

/** What a bus delivers, in order, with a way to wait for the n-th delivery (woken, not polled). */
function recorder(bus: ChangeBus) {
  const seen: string[] = [];
  let wake = () => {};
  bus.subscribe((event) => {
    seen.push(event.id);
    wake();
  });
  return {
    seen,
    async until(count: number) {
      while (seen.length < count) await new Promise<void>((resolve) => (wake = resolve));
    },
  };
}

const missedOnce = (bus: ChangeBus) => new Promise<void>((resolve) => bus.onMissedChanges(resolve));

describe.skipIf(!redisInstalled)('RedisChangeBus (real Redis)', () => {
  let redis: TestRedis;
  const open: RedisChangeBus[] = [];
  const connect = async (logger = recordingLogger()) => {
    const bus = await RedisChangeBus.connect(redis.url, logger);
    open.push(bus);
    return bus;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((bus) => bus.close()));
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('delivers a change to every process, in publish order, and to its own process once and at once', async () => {
    const [a, b] = [await connect(), await connect()];
    const [onA, onB] = [recorder(a), recorder(b)];
    a.publish(item('1'));
    a.publish(item('2'));
    expect(onA.seen).toEqual(['1', '2']);
    await onB.until(2);
    expect(onB.seen).toEqual(['1', '2']);
    // B's reply passes through the channel after A's own echoes would have: A got them once, not twice.
    b.publish(item('3'));
    await onA.until(3);
    expect(onA.seen).toEqual(['1', '2', '3']);
    expect(onB.seen).toEqual(['1', '2', '3']);
  });

  it('tells its subscribers once that they may have missed changes when Redis is back, and delivers again', async () => {
    const bLogs = recordingLogger();
    const [a, b] = [await connect(), await connect(bLogs)];
    let missedOnA = 0;
    a.onMissedChanges(() => missedOnA++);
    const missed = missedOnce(a);
    await redis.kill();
    await redis.start();
    await missed;
    await bLogs.logged('publisher connection is back');
    const onA = recorder(a);
    b.publish(item('after'));
    await onA.until(1);
    expect(onA.seen).toEqual(['after']);
    expect(missedOnA).toBe(1);
  });

  it('keeps publishing harmless while Redis is away: local subscribers get the change, the failure is logged, the others hear of the gap', async () => {
    const logs = recordingLogger();
    const [a, b] = [await connect(logs), await connect()];
    const onA = recorder(a);
    const bMissed = missedOnce(b);
    await redis.kill();
    expect(() => a.publish(item('during'))).not.toThrow();
    expect(onA.seen).toEqual(['during']);
    expect((await logs.logged('could not publish item created')).level).toBe('warn');
    await redis.start();
    await bMissed;
  });
});
