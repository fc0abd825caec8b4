/**
 * A live chart (ui.echart): `Add point` appends to one series (the tab receives that series only),
 * `Drop series` removes one, and a click on a bar or point names it in the label.
 */
import { PageRegistry, ui, type EChartsOption } from '../framework/index.js';

export const chartPages = new PageRegistry();

chartPages.add('/', () => {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
  const options: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: [...days] },
    yAxis: { type: 'value', max: 250 },
    series: [
      { type: 'bar', name: 'Visits', data: [120, 200, 150, 80, 70] },
      { type: 'line', name: 'Sign-ups', data: [12, 30, 21, 9, 14] },
    ],
  };
  const clicked = ui.label('Click a bar or a point').classes('chart-clicked');
  const chart = ui.echart(options, {
    onClick: (e) => (clicked.text = `${e.seriesName} ${e.name}: ${String(e.value)}`),
    onLegendSelectChanged: (e) => (clicked.text = `${e.name} ${e.selected[e.name] ? 'shown' : 'hidden'}`),
  });
  ui.row(() => {
    ui.button('Add point', () => {
      const [visits, signUps] = chart.options.series as { data: number[] }[];
      (chart.options.xAxis as { data: string[] }).data.push(`Day ${visits!.data.length + 1}`);
      visits!.data.push(100);
      signUps!.data.push(10);
      chart.update();
    });
    ui.button('Drop series', () => {
      chart.options = { ...chart.options, series: (chart.options.series as unknown[]).slice(0, 1) as EChartsOption['series'] };
    });
  });
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const { run } = await import('../framework/index.js');
  const app = await run({ pages: chartPages, host: '0.0.0.0' });
  console.log(`Chart example on ${app.url.replace('0.0.0.0', 'localhost')}`);
}
