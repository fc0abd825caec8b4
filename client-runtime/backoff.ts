export interface BackoffOptions {
  /** Delay before the first retry. */
  base: number;
  /** Upper bound of the delay before jitter. */
  max: number;
  /** Relative spread, e.g. 0.3 for +-30%, so many tabs of a restarted server do not retry in step. */
  jitter: number;
}

export const defaultBackoff: BackoffOptions = { base: 250, max: 5_000, jitter: 0.3 };

/**
 * After the server said it restarts: it is expected back within seconds, and a refused connection
 * costs next to nothing, so retries stay close (the tab is live again about 0.3 s after the new
 * process listens, instead of up to a second).
 */
export const restartBackoff: BackoffOptions = { base: 250, max: 500, jitter: 0.3 };

/** The delay before reconnect attempt number `attempt` (0 = first retry): doubling, capped, jittered. */
export function backoffDelay(attempt: number, random: () => number, options: BackoffOptions = defaultBackoff): number {
  const plain = Math.min(options.max, options.base * 2 ** Math.min(attempt, 30));
  return Math.round(plain * (1 + options.jitter * (2 * random() - 1)));
}
