import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../client-runtime/backoff.js';

describe('backoffDelay', () => {
  it('doubles from 250 ms up to 5 s without jitter (random = 0.5)', () => {
    expect(Array.from({ length: 8 }, (_, attempt) => backoffDelay(attempt, () => 0.5))).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('spreads by +-30%', () => {
    expect(backoffDelay(0, () => 0)).toBe(175);
    expect(backoffDelay(0, () => 1)).toBe(325);
    expect(backoffDelay(10, () => 0)).toBe(3500);
    expect(backoffDelay(10, () => 1)).toBe(6500);
  });

  it('stays finite for huge attempt counts', () => {
    expect(backoffDelay(10_000, () => 0.5)).toBe(5000);
  });
});
