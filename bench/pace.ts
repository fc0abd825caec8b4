/**
 * Calls `act(i)` at `perSecond` for `durationMs`, spread evenly: every timer tick sends what is due
 * by the clock, so timer jitter delays a send slightly but never changes the overall rate.
 * Resolves with the number of calls made.
 */
export function pace(perSecond: number, durationMs: number, act: (i: number) => void): Promise<number> {
  const start = performance.now();
  const total = Math.floor((perSecond * durationMs) / 1000);
  let done = 0;
  return new Promise((resolve) => {
    const tick = (): void => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * perSecond) / 1000));
      while (done < due) act(done++);
      if (done >= total) resolve(done);
      else setTimeout(tick, 1);
    };
    tick();
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
