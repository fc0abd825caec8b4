/**
 * The counter example, also the benchmark page:
 * `/` a label (class `bench-counter`) and an `Increment` button;
 * `/many?n=1000` n labels, the middle one is the counter.
 */
import { PageRegistry, ui } from '../framework/index.js';

export const counterPages = new PageRegistry();

counterPages.add('/', () => {
  let count = 0;
  const label = ui.label('0').classes('bench-counter');
  ui.button('Increment', { color: 'primary', onClick: () => (label.text = String(++count)) });
});

counterPages.add('/many', ({ query }) => {
  const n = Math.min(Math.max(Number.parseInt(query.n ?? '1000', 10) || 1000, 1), 100_000);
  const middle = Math.floor(n / 2);
  let count = 0;
  const labels = Array.from({ length: n }, (_, i) => ui.label(i === middle ? '0' : `label ${i}`));
  const counter = labels[middle]!.classes('bench-counter');
  ui.button('Increment', () => (counter.text = String(++count)));
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const { run } = await import('../framework/index.js');
  const app = await run({ pages: counterPages, host: '0.0.0.0' });
  console.log(`Counter example on ${app.url.replace('0.0.0.0', 'localhost')}`);
}
