import type { Logger } from '../logger.js';
import type { LoginThrottle } from './throttle.js';

/**
 * The shared count, and this process's own count while the shared one is unreachable. A Redis
 * outage neither locks everyone out (fail-closed) nor lifts the limit (fail-open): logins go on, and
 * guessing stays bounded per process (N processes allow at most N times the attempts meanwhile).
 * The local count is always kept, so an outage starts from this process's recent failures, not zero.
 */
export class FallbackLoginThrottle implements LoginThrottle {
  private degraded = false;

  constructor(
    private readonly shared: LoginThrottle,
    private readonly local: LoginThrottle,
    private readonly logger: Logger,
  ) {}

  async retryAfterSeconds(account: string, address: string): Promise<number> {
    try {
      return this.recovered(await this.shared.retryAfterSeconds(account, address));
    } catch (error) {
      this.fellBack(error);
      return this.local.retryAfterSeconds(account, address);
    }
  }

  async recordFailure(account: string, address: string): Promise<void> {
    await this.local.recordFailure(account, address);
    try {
      this.recovered(await this.shared.recordFailure(account, address));
    } catch (error) {
      this.fellBack(error);
    }
  }

  async recordSuccess(account: string): Promise<void> {
    await this.local.recordSuccess(account);
    try {
      this.recovered(await this.shared.recordSuccess(account));
    } catch (error) {
      this.fellBack(error);
    }
  }

  /** Logged once per outage, not once per attempt. */
  private fellBack(error: unknown): void {
    if (this.degraded) return;
    this.degraded = true;
    this.logger.warn(`login throttling is counted per process until Redis is back: ${error instanceof Error ? error.message : String(error)}`);
  }

  private recovered<T>(value: T): T {
    if (this.degraded) {
      this.degraded = false;
      this.logger.info('login throttling is counted across processes again');
    }
    return value;
  }
}
