import type { EChartsOption, SeriesOption } from 'echarts';
import { Element } from '../core/element.js';
import { KiteError } from '../core/errors.js';

export type { EChartsOption } from 'echarts';

/** The series types bundled in the tab's chart component (client-runtime/components/KEchart.ts). */
export const ECHART_SERIES_TYPES = ['line', 'bar', 'pie', 'scatter', 'radar', 'gauge'] as const;

/** A click (or double click) on a chart item: which series and data item, as ECharts reports it. */
export interface EChartPointEvent {
  readonly sender: EChart;
  /** `series`, or the component clicked (`markPoint`, `title`, ...). */
  readonly componentType: string;
  readonly seriesType?: string;
  readonly seriesIndex?: number;
  readonly seriesName?: string;
  /** The data item's name (a category, a pie slice). */
  readonly name: string;
  readonly dataIndex?: number;
  /** The data item's value: a number, or an array for `[x, y]` points. */
  readonly value: unknown;
}

/** The user showed or hid a series through the legend. */
export interface EChartLegendEvent {
  readonly sender: EChart;
  /** The legend item toggled. */
  readonly name: string;
  /** Every legend item and whether it is shown now. */
  readonly selected: Readonly<Record<string, boolean>>;
}

export interface EChartOptions {
  onClick?: (event: EChartPointEvent) => unknown;
  onLegendSelectChanged?: (event: EChartLegendEvent) => unknown;
}

const seriesProp = (index: number): string => `series${index}`;
const listOf = (series: EChartsOption['series']): SeriesOption[] => (series === undefined ? [] : Array.isArray(series) ? series : [series]);

/** JSON of chart options; functions (formatter callbacks) cannot cross to the tab. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (key, item: unknown) => {
    if (typeof item === 'function')
      throw new KiteError(`ui.echart: options go to the browser as JSON, so "${key}" cannot be a function (use a string template such as '{b}: {c}')`);
    return item;
  });
}

function checkType(series: SeriesOption): void {
  if (!(ECHART_SERIES_TYPES as readonly unknown[]).includes(series.type))
    throw new KiteError(`ui.echart: series type ${JSON.stringify(series.type)} is not bundled; use one of ${ECHART_SERIES_TYPES.join(', ')}`);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.slice(0, 1_000) : undefined);
const index = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined);

/**
 * An Apache ECharts chart (`k-echart`, loaded only by pages that show one). Options are plain
 * data typed by ECharts' own `EChartsOption`. Every series is a prop of its own and the rest of
 * the options one more, so an update sends only the parts whose JSON changed: a new point in one
 * series sends that series, not the chart. The tab merges changes into the chart (ECharts'
 * `setOption`) and starts over when a series or a top-level option was removed. Events are
 * checked here: what the tab sends is only used when it has the expected shape.
 */
export class EChart extends Element {
  private _options: EChartsOption;
  /** JSON of each prop as last sent: what `update` compares against. */
  private readonly sent = new Map<string, string>();

  constructor(options: EChartsOption, events: EChartOptions = {}) {
    super('k-echart');
    this.style({ width: '100%', height: '20rem' });
    this._options = options;
    this.update();
    if (events.onClick) this.onClick(events.onClick);
    if (events.onLegendSelectChanged) this.onLegendSelectChanged(events.onLegendSelectChanged);
  }

  /** The chart's options: change them in place and call `update()`, or assign new ones. */
  get options(): EChartsOption {
    return this._options;
  }

  set options(options: EChartsOption) {
    this._options = options;
    this.update();
  }

  /** Sends what changed in `options` since the last update (each series on its own). */
  update(): this {
    const { series, ...rest } = this._options;
    const list = listOf(series);
    list.forEach(checkType);
    this.send('options', rest);
    list.forEach((s, i) => this.send(seriesProp(i), s));
    for (let i = list.length; this.sent.has(seriesProp(i)); i++) {
      this.sent.delete(seriesProp(i));
      this.setProp(seriesProp(i), undefined);
    }
    return this;
  }

  /** Replaces one series (or appends it at the end); work and bytes are that series' only. */
  setSeries(i: number, series: SeriesOption): this {
    const list = [...listOf(this._options.series)];
    if (!Number.isInteger(i) || i < 0 || i > list.length) throw new KiteError(`ui.echart: no series at ${i} (there are ${list.length})`);
    checkType(series);
    list[i] = series;
    this._options = { ...this._options, series: list };
    this.send(seriesProp(i), series);
    return this;
  }

  private send(prop: string, value: unknown): void {
    const json = toJson(value);
    if (this.sent.get(prop) === json) return;
    this.sent.set(prop, json);
    this.setProp(prop, value);
  }

  /** A click on a data item (or a marker, the title, ...). */
  onClick(handler: (event: EChartPointEvent) => unknown): this {
    return this.onPoint('click', handler);
  }

  onDoubleClick(handler: (event: EChartPointEvent) => unknown): this {
    return this.onPoint('dblclick', handler);
  }

  onLegendSelectChanged(handler: (event: EChartLegendEvent) => unknown): this {
    return this.on('legendselectchanged', (e) => {
      const arg = e.args[0] as Record<string, unknown> | undefined;
      const name = text(arg?.name);
      const selected = arg?.selected;
      if (name === undefined || typeof selected !== 'object' || selected === null || Array.isArray(selected)) return void this.client.dropped++;
      const flags = Object.entries(selected).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean');
      return handler({ sender: this, name, selected: Object.fromEntries(flags) });
    });
  }

  private onPoint(name: 'click' | 'dblclick', handler: (event: EChartPointEvent) => unknown): this {
    return this.on(name, (e) => {
      const arg = e.args[0] as Record<string, unknown> | undefined;
      const componentType = text(arg?.componentType);
      if (componentType === undefined) return void this.client.dropped++;
      return handler({
        sender: this,
        componentType,
        seriesType: text(arg?.seriesType),
        seriesIndex: index(arg?.seriesIndex),
        seriesName: text(arg?.seriesName),
        name: text(arg?.name) ?? '',
        dataIndex: index(arg?.dataIndex),
        value: arg?.value,
      });
    });
  }
}

/**
 * `ui.echart({ xAxis: { type: 'category', data: ['Mon', 'Tue'] }, yAxis: {}, series: [{ type: 'bar', data: [3, 5] }] }, { onClick: (e) => ... })`
 */
export function echart(options: EChartsOption, events: EChartOptions = {}): EChart {
  return new EChart(options, events);
}
