/** What a benchmark hands back: rows of figures, each with its unit and, where one exists, its budget. */
export interface Row {
  metric: string;
  value: number | string;
  unit?: string;
  /** The budget as text (`<= 40 B`); figures are only printed next to it, never asserted. */
  budget?: string;
}

export interface Report {
  rows: Row[];
  /** Context worth printing under the table (setup, sample counts, caveats). */
  notes?: string[];
}

export interface BenchOptions {
  /** Explain where the cost goes (CPU profile, heap census) where a benchmark can; figures get noisier. */
  profile: boolean;
  /**
   * Memory benchmark: fix the server's young generation at this many MB per semi-space, so that
   * its one-time growth under load is not counted as memory per client.
   */
  semiSpaceMb?: number;
}

export interface Benchmark {
  name: string;
  title: string;
  run(options: BenchOptions): Promise<Report>;
}

/** Formats a figure with a sensible number of digits for its size. */
export function formatValue(value: number | string): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Prints one benchmark's report as an aligned text table. */
export function printReport(benchmark: Benchmark, report: Report, seconds: number): void {
  const header = ['metric', 'value', 'unit', 'budget'];
  const lines = report.rows.map((r) => [r.metric, formatValue(r.value), r.unit ?? '', r.budget ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]): string =>
    cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(`\n== ${benchmark.name}: ${benchmark.title} (${seconds.toFixed(1)} s)`);
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  for (const note of report.notes ?? []) console.log(`  * ${note}`);
}
