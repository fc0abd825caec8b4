import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';
import { mediaUrl } from './media.js';

export default group(
  import.meta.url,
  { slug: 'charts', title: 'Charts & rich content', icon: 'insights', description: 'Charts, highlighted code and images you can click on.' },
  [
    demo('ECharts', 'An Apache ECharts chart: update one series from the server, hear clicks on its items.', () => {
      const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
      const clicked = ui.label('Click a bar');
      const chart = ui.echart(
        {
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 40, right: 20, top: 40, bottom: 30 },
          xAxis: { type: 'category', data: days },
          yAxis: { type: 'value', max: 100 },
          series: [
            { type: 'bar', name: 'This week', data: [40, 65, 50, 80, 30] },
            { type: 'line', name: 'Last week', data: [35, 50, 60, 55, 45] },
          ],
        },
        { onClick: (e) => (clicked.text = `${e.seriesName}, ${e.name}: ${e.value}`) },
      ).style({ height: '16rem' });
      ui.button('New week', () => {
        const data = days.map(() => 20 + Math.round(Math.random() * 70));
        chart.setSeries(0, { type: 'bar', name: 'This week', data }); // this series only
      });
    }),

    demo('Code', 'Source code highlighted on the server, with a copy button; set `.content` to change it.', () => {
      const settings = { name: 'Kite', stars: 5, tags: ['ui', 'typescript'] };
      const json = ui.code(JSON.stringify(settings, null, 2), { language: 'json' });
      ui.input({
        label: 'Name',
        value: settings.name,
        onChange: (e) => {
          settings.name = e.value;
          json.content = JSON.stringify(settings, null, 2);
        },
      });
    }),

    demo('Interactive image', 'An image with an SVG overlay and clicks in its own pixels: click to draw.', () => {
      const dots: string[] = [];
      const where = ui.label('Click the picture');
      const image = ui.interactiveImage(mediaUrl('landscape'), {
        cross: true,
        onMouse: (e) => {
          dots.push(`<circle cx="${e.imageX}" cy="${e.imageY}" r="12" fill="red" />`);
          image.content = dots.join('');
          const [x, y] = [Math.round(e.imageX), Math.round(e.imageY)];
          where.text = `Dots: ${dots.length}, the last at (${x}, ${y})`;
        },
      }).classes('full-width');
      ui.button('Clear', {
        flat: true,
        onClick: () => {
          dots.length = 0;
          image.content = '';
          where.text = 'Click the picture';
        },
      });
    }),
  ],
);
