import type { Clock } from './clock.js';

/**
 * Calls `fn` at most once per `ms`: the first call goes out at once (leading edge) and the
 * latest call made during the pause goes out when it ends (trailing edge), so the server
 * always learns the final state (e.g. where a slider stopped).
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number, clock: Clock): (...args: A) => void {
  let last = -Infinity;
  let pending: A | undefined;
  let timer: unknown;
  const fire = (args: A): void => {
    last = clock.now();
    fn(...args);
  };
  const trailing = (): void => {
    timer = undefined;
    const args = pending!;
    pending = undefined;
    fire(args);
  };
  return (...args: A) => {
    const wait = last + ms - clock.now();
    if (wait <= 0 && timer === undefined) return fire(args);
    pending = args;
    timer ??= clock.setTimeout(trailing, Math.max(0, wait));
  };
}
