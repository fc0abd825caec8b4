import type { LoginThrottleSettings } from '../config.js';

/**
 * Counts failed password checks (logins, password changes) per account and per client address in a
 * sliding window. Async, so that the count can live outside the process (Redis) and be shared.
 */
export interface LoginThrottle {
  /** Seconds until a new attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(account: string, address: string): Promise<number>;
  recordFailure(account: string, address: string): Promise<void>;
  /** A right password clears the account's failures (not the address's: one good password must not unlock guessing others). */
  recordSuccess(account: string): Promise<void>;
}

/**
 * The count of one process. Memory is bounded: each key keeps at most `limit` timestamps, and the
 * number of keys is capped (expired keys are pruned first, then the least recently failed ones).
 */
export class InMemoryLoginThrottle implements LoginThrottle {
  private readonly accounts: FailureLog;
  private readonly addresses: FailureLog;

  constructor(
    settings: LoginThrottleSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.accounts = new FailureLog(settings.maxFailuresPerAccount, settings.windowMs, settings.maxTrackedKeys);
    this.addresses = new FailureLog(settings.maxFailuresPerAddress, settings.windowMs, settings.maxTrackedKeys);
  }

  async retryAfterSeconds(account: string, address: string): Promise<number> {
    const now = this.now();
    return secondsToWait(Math.max(this.accounts.waitMs(account, now), this.addresses.waitMs(address, now)));
  }

  async recordFailure(account: string, address: string): Promise<void> {
    const now = this.now();
    this.accounts.record(account, now);
    this.addresses.record(address, now);
  }

  async recordSuccess(account: string): Promise<void> {
    this.accounts.reset(account);
  }

  /** Number of keys held; exposed so tests can check that memory stays bounded. */
  get trackedKeys(): number {
    return this.accounts.size + this.addresses.size;
  }
}

/** Whole seconds, rounded up, so a client told to wait never comes back a moment too early. */
export function secondsToWait(waitMs: number): number {
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

class FailureLog {
  /** key -> failure times, oldest first; Map order doubles as least-recently-failed order. */
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  get size(): number {
    return this.failures.size;
  }

  waitMs(key: string, now: number): number {
    const times = this.recent(key, now);
    if (times.length < this.limit) return 0;
    return (times[0] as number) + this.windowMs - now;
  }

  record(key: string, now: number): void {
    const times = [...this.recent(key, now), now].slice(-this.limit);
    this.failures.delete(key);
    this.failures.set(key, times);
    if (this.failures.size > this.maxKeys) this.prune(now);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const [key, times] of this.failures) {
      if ((times[times.length - 1] as number) <= now - this.windowMs) this.failures.delete(key);
    }
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
