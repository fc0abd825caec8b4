import { randomBytes } from 'node:crypto';
import type { LoginThrottleSettings } from '../config.js';
import type { RedisConnection } from '../redis.js';
import { secondsToWait, type LoginThrottle } from './throttle.js';

const PREFIX = 'kite:throttle';

/**
 * The count shared by every process on one Redis: one sorted set of failure times per account and
 * per address, each trimmed to its last `limit` failures and expiring with the window, so Redis holds
 * only what a window can still block on (`maxTrackedKeys` bounds the in-process count; here expiry
 * bounds the keys, and a blocked address records no more). Every call is one round trip (MULTI).
 * Like the in-process count, a check and the record of its outcome are separate steps: attempts
 * already in flight when the limit is reached still finish.
 */
export class RedisLoginThrottle implements LoginThrottle {
  constructor(
    private readonly redis: RedisConnection,
    private readonly settings: LoginThrottleSettings,
    private readonly now: () => number = Date.now,
  ) {}

  async retryAfterSeconds(account: string, address: string): Promise<number> {
    const now = this.now();
    const since = `(${now - this.settings.windowMs}`;
    const [accountCount, accountOldest, addressCount, addressOldest] = (await this.redis
      .multi()
      .zCount(accountKey(account), since, '+inf')
      .zRangeByScoreWithScores(accountKey(account), since, '+inf', { LIMIT: { offset: 0, count: 1 } })
      .zCount(addressKey(address), since, '+inf')
      .zRangeByScoreWithScores(addressKey(address), since, '+inf', { LIMIT: { offset: 0, count: 1 } })
      .exec()) as unknown as [number, Scored[], number, Scored[]];
    const waitMs = Math.max(
      this.waitMs(accountCount, accountOldest, this.settings.maxFailuresPerAccount, now),
      this.waitMs(addressCount, addressOldest, this.settings.maxFailuresPerAddress, now),
    );
    return secondsToWait(waitMs);
  }

  async recordFailure(account: string, address: string): Promise<void> {
    const now = this.now();
    // Unique members: two failures in the same millisecond both count.
    const failure = { score: now, value: `${now}:${randomBytes(6).toString('base64url')}` };
    const { windowMs, maxFailuresPerAccount, maxFailuresPerAddress } = this.settings;
    const multi = this.redis.multi();
    for (const [key, limit] of [[accountKey(account), maxFailuresPerAccount], [addressKey(address), maxFailuresPerAddress]] as const) {
      multi.zAdd(key, failure).zRemRangeByScore(key, '-inf', now - windowMs).zRemRangeByRank(key, 0, -(limit + 1)).pExpire(key, windowMs);
    }
    await multi.exec();
  }

  async recordSuccess(account: string): Promise<void> {
    await this.redis.del(accountKey(account));
  }

  /** Blocked while the last `limit` failures all lie in the window: until the oldest of them leaves it. */
  private waitMs(count: number, oldest: Scored[], limit: number, now: number): number {
    const first = oldest[0];
    return count >= limit && first ? first.score + this.settings.windowMs - now : 0;
  }
}

type Scored = { value: string; score: number };

const accountKey = (account: string) => `${PREFIX}:account:${account}`;
const addressKey = (address: string) => `${PREFIX}:address:${address}`;
