/** Order statistics of a sample, by nearest rank (no interpolation: every figure was observed). */
export interface Summary {
  count: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { count: 0, median: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const sorted = Float64Array.from(samples).sort();
  const rank = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { count: sorted.length, median: rank(0.5), p95: rank(0.95), p99: rank(0.99), max: sorted[sorted.length - 1]!, mean: sum / sorted.length };
}
