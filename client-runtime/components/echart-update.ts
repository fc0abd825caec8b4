/** What `k-echart` (KEchart.ts) passes to ECharts' `setOption` when its props change: plain data, no ECharts, no DOM. */

export type ChartOptions = Record<string, unknown>;
export type ChartSeries = Record<string, unknown>;

/** What a chart shows: every option but the series, and the series in order (unchanged ones keep their identity). */
export interface ChartState {
  options: ChartOptions;
  series: readonly ChartSeries[];
}

/** Each series is a prop of its own (`series0`, `series1`, ...), so changing one sends only that one. */
const SERIES_PROP = /^series(\d+)$/;

/** The series in props, in order. */
export function seriesOf(props: Record<string, unknown>, unwrap: (value: unknown) => unknown = (v) => v): ChartSeries[] {
  const series: ChartSeries[] = [];
  for (const key in props) {
    const index = SERIES_PROP.exec(key)?.[1];
    if (index !== undefined) series[Number(index)] = unwrap(props[key]) as ChartSeries;
  }
  return Array.from(series, (s) => s ?? {});
}

/** A stable id per series, so that a partial update merges into the right series (not by name or position). */
const idOf = (series: ChartSeries, index: number): string => (series.id == null ? `kite-series-${index}` : String(series.id));

/**
 * The `setOption` call that takes a chart from `before` to `after`, or undefined when nothing
 * changed. It merges (ECharts keeps what is not mentioned, and animates the change): changed
 * series are sent whole, unchanged ones as their id only, the other options only when they
 * changed. Merging cannot take anything away, so without a series, a top-level option or a
 * series id that was there, the chart starts over (`notMerge`).
 */
export function chartUpdate(before: ChartState, after: ChartState): { option: ChartOptions; notMerge: boolean } | undefined {
  const changed = after.series.map((s, i) => s !== before.series[i]);
  const optionsChanged = after.options !== before.options;
  if (!optionsChanged && !changed.includes(true) && after.series.length === before.series.length) return undefined;
  const series = after.series.map((s, i) => ({ ...s, id: idOf(s, i) }));
  const removed =
    after.series.length < before.series.length ||
    Object.keys(before.options).some((key) => !(key in after.options)) ||
    after.series.some((s, i) => changed[i] && i < before.series.length && idOf(s, i) !== idOf(before.series[i]!, i));
  if (removed) return { option: { ...after.options, series }, notMerge: true };
  return {
    option: { ...(optionsChanged ? after.options : {}), series: series.map((s, i) => (changed[i] ? s : { id: s.id })) },
    notMerge: false,
  };
}
