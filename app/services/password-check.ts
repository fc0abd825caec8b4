import { TooManyRequests } from '../core/errors.js';
import type { LoginThrottle } from '../core/security/throttle.js';

export interface PasswordAttempt {
  /** The account's throttle key: its id when it exists, so logins and password changes count together. */
  account: string;
  clientAddress: string;
  /** The 429 message while the account or address is blocked. */
  blockedMessage: string;
  /** Compares the password (bcrypt); not run at all while blocked. */
  matches: () => Promise<boolean>;
}

/**
 * Every place that checks a known password goes through here, so guessing is bounded per account and
 * per client address whichever door is used (login, or a stolen token's password change).
 */
export async function checkPassword(throttle: LoginThrottle, attempt: PasswordAttempt): Promise<boolean> {
  const { account, clientAddress } = attempt;
  const retryAfter = await throttle.retryAfterSeconds(account, clientAddress);
  if (retryAfter > 0) throw new TooManyRequests(attempt.blockedMessage, retryAfter);
  if (!(await attempt.matches())) {
    await throttle.recordFailure(account, clientAddress);
    return false;
  }
  await throttle.recordSuccess(account);
  return true;
}
