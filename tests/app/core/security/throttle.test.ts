import { describe, expect, it } from 'vitest';
import { InMemoryLoginThrottle } from '../../../../app/core/security/throttle.js';

const window = 15 * 60_000;

function throttle(overrides: { maxTrackedKeys?: number } = {}) {
  const clock = { now: 1_000_000 };
  const limiter = new InMemoryLoginThrottle(
    { windowMs: window, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20, maxTrackedKeys: overrides.maxTrackedKeys ?? 1000 },
    () => clock.now,
  );
  return { limiter, clock };
}

async function fail(limiter: InMemoryLoginThrottle, times: number, account: string, address = '10.0.0.1') {
  for (let i = 0; i < times; i++) await limiter.recordFailure(account, address);
}

describe('InMemoryLoginThrottle', () => {
  it('allows four failures on an account and blocks after the fifth, for the rest of the window', async () => {
    const { limiter, clock } = throttle();
    await fail(limiter, 4, 'a@example.com');
    expect(await limiter.retryAfterSeconds('a@example.com', '10.0.0.1')).toBe(0);
    await fail(limiter, 1, 'a@example.com');
    expect(await limiter.retryAfterSeconds('a@example.com', '10.0.0.1')).toBe(900);
    clock.now += 60_000;
    expect(await limiter.retryAfterSeconds('a@example.com', '10.0.0.1')).toBe(840);
  });

  it('blocks the account from any address, and leaves other accounts alone', async () => {
    const { limiter } = throttle();
    await fail(limiter, 5, 'a@example.com', '10.0.0.1');
    expect(await limiter.retryAfterSeconds('a@example.com', '10.9.9.9')).toBeGreaterThan(0);
    expect(await limiter.retryAfterSeconds('b@example.com', '10.9.9.9')).toBe(0);
  });

  it('blocks an address after 20 failures spread over many accounts', async () => {
    const { limiter } = throttle();
    for (let i = 0; i < 20; i++) await limiter.recordFailure(`user${i}@example.com`, '10.0.0.7');
    expect(await limiter.retryAfterSeconds('fresh@example.com', '10.0.0.7')).toBeGreaterThan(0);
    expect(await limiter.retryAfterSeconds('fresh@example.com', '10.0.0.8')).toBe(0);
  });

  it('forgets failures once they leave the sliding window', async () => {
    const { limiter, clock } = throttle();
    await fail(limiter, 5, 'a@example.com');
    clock.now += window + 1;
    expect(await limiter.retryAfterSeconds('a@example.com', '10.0.0.1')).toBe(0);
  });

  it('resets the account (not the address) on success', async () => {
    const { limiter } = throttle();
    for (let i = 0; i < 4; i++) await limiter.recordFailure('a@example.com', '10.0.0.1');
    await limiter.recordSuccess('a@example.com');
    await fail(limiter, 4, 'a@example.com');
    expect(await limiter.retryAfterSeconds('a@example.com', '10.0.0.2')).toBe(0);
  });

  it('keeps memory bounded however many names are tried', async () => {
    const { limiter, clock } = throttle({ maxTrackedKeys: 50 });
    for (let i = 0; i < 1000; i++) {
      await limiter.recordFailure(`user${i}@example.com`, `10.0.${Math.floor(i / 250)}.${i % 250}`);
      clock.now += 10;
    }
    expect(limiter.trackedKeys).toBeLessThanOrEqual(100);
  });

  it('prunes expired entries before evicting live ones', async () => {
    const { limiter, clock } = throttle({ maxTrackedKeys: 3 });
    await fail(limiter, 5, 'target@example.com', '10.0.0.1');
    clock.now += window + 1;
    await fail(limiter, 1, 'x@example.com', '10.0.0.2');
    await fail(limiter, 1, 'y@example.com', '10.0.0.3');
    await fail(limiter, 1, 'z@example.com', '10.0.0.4');
    expect(limiter.trackedKeys).toBe(6);
  });
});
