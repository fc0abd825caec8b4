import { describe, expect, it } from 'vitest';
import { EChart, ui, type EChartPointEvent, type EChartsOption } from '../../../framework/index.js';
import { nextTurn, recordingClient } from '../../support/client.js';
import { openPage } from './support.js';

const weekly = (): EChartsOption => ({
  title: { text: 'Visits' },
  xAxis: { type: 'category', data: ['Mon', 'Tue', 'Wed'] },
  yAxis: { type: 'value' },
  series: [
    { type: 'bar', name: 'web', data: [120, 200, 150] },
    { type: 'line', name: 'app', data: [80, 70, 110] },
    { type: 'line', name: 'api', data: Array.from({ length: 500 }, (_, i) => i) },
  ],
});

describe('ui.echart', () => {
  it('renders a k-echart with the options and one prop per series', async () => {
    const user = await openPage(() => ui.echart(weekly()));
    const chart = user.find({ kind: EChart });
    expect(chart.spec.tag).toBe('k-echart');
    expect(chart.prop('options')).toEqual({ title: { text: 'Visits' }, xAxis: { type: 'category', data: ['Mon', 'Tue', 'Wed'] }, yAxis: { type: 'value' } });
    expect(chart.prop('series0')).toEqual({ type: 'bar', name: 'web', data: [120, 200, 150] });
    expect((chart.prop('series2') as { data: number[] }).data).toHaveLength(500);
    expect(chart.spec.s).toMatchObject({ width: '100%', height: '20rem' });
  });

  it('sends only the series that changed: a new point in one series costs that series, not the chart', async () => {
    const { client, frames } = recordingClient();
    const chart = client.build(() => ui.echart(weekly()));
    await nextTurn();
    const series = chart.options.series as { data: number[] }[];
    series[1]!.data.push(95);
    chart.update();
    await nextTurn();
    expect(frames.at(-1)!.ops).toEqual([['u', chart.id, { p: { series1: { type: 'line', name: 'app', data: [80, 70, 110, 95] } } }]]);
    expect(frames.at(-1)!.bytes).toBeLessThan(120);

    chart.setSeries(0, { type: 'bar', name: 'web', data: [1, 2, 3] });
    await nextTurn();
    expect(frames.at(-1)!.ops).toEqual([['u', chart.id, { p: { series0: { type: 'bar', name: 'web', data: [1, 2, 3] } } }]]);
  });

  it('sends nothing when nothing changed, the other options alone when only they changed, and removes dropped series', async () => {
    const { client, frames } = recordingClient();
    const chart = client.build(() => ui.echart(weekly()));
    await nextTurn();
    const sent = frames.length;
    chart.update();
    chart.options = weekly();
    await nextTurn();
    expect(frames).toHaveLength(sent);

    chart.options = { ...weekly(), title: { text: 'Visits per day' } };
    await nextTurn();
    expect(frames.at(-1)!.ops).toEqual([['u', chart.id, { p: { options: expect.objectContaining({ title: { text: 'Visits per day' } }) } }]]);

    const { series, ...rest } = weekly();
    chart.options = { ...rest, title: { text: 'Visits per day' }, series: Array.isArray(series) ? series.slice(0, 1) : series };
    await nextTurn();
    expect(frames.at(-1)!.ops).toEqual([['u', chart.id, { pd: ['series1', 'series2'] }]]);
  });

  it('refuses what the tab could not draw: unbundled series types and functions', async () => {
    const { client } = recordingClient();
    expect(() => client.build(() => ui.echart({ series: [{ type: 'sankey', data: [] }] }))).toThrow(/sankey.*line, bar, pie/);
    const chart = client.build(() => ui.echart({ series: { type: 'pie', data: [1, 2] } }));
    expect(() => (chart.options = { tooltip: { formatter: () => 'x' }, series: [] })).toThrow(/"formatter" cannot be a function/);
  });

  it('runs click and legend handlers with typed arguments, and drops malformed ones', async () => {
    const clicks: Omit<EChartPointEvent, 'sender'>[] = [];
    const legends: unknown[] = [];
    const user = await openPage(() =>
      ui.echart(weekly(), {
        onClick: ({ sender: _sender, ...e }) => clicks.push(e),
        onLegendSelectChanged: (e) => legends.push([e.name, e.selected]),
      }),
    );
    const chart = user.find({ kind: EChart });
    await chart.trigger('click', { componentType: 'series', seriesType: 'line', seriesIndex: 1, seriesName: 'app', name: 'Tue', dataIndex: 1, value: 70 });
    await chart.trigger('click', { seriesIndex: 1 });
    await chart.trigger('click', 'nonsense');
    await chart.trigger('legendselectchanged', { name: 'web', selected: { web: false, app: true, api: 'yes' } });
    await chart.trigger('legendselectchanged', { name: 'web', selected: [true] });
    expect(clicks).toEqual([{ componentType: 'series', seriesType: 'line', seriesIndex: 1, seriesName: 'app', name: 'Tue', dataIndex: 1, value: 70 }]);
    expect(legends).toEqual([['web', { web: false, app: true }]]);
    expect(user.client.dropped).toBe(3);
  });
});
