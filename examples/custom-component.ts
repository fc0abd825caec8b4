/**
 * A page author's own Vue component (examples/components/color-swatch.vue, listed in
 * kite.components.json): the server sets its props and runs a callback when it emits `change`.
 */
import { defineComponent, PageRegistry, ui } from '../framework/index.js';
import type { ColorSwatchEvents, ColorSwatchProps } from './components/color-swatch-props.js';

const COLOR = /^#[0-9a-f]{6}$/i;

/** The server side of `<k-color-swatch>`: typed props, and a check of what its `change` event brings. */
export const colorSwatch = defineComponent<ColorSwatchProps, ColorSwatchEvents>('k-color-swatch', {
  events: { change: ([color]) => (typeof color === 'string' && COLOR.test(color) ? [color] : undefined) },
});

export const customComponentPages = new PageRegistry();

customComponentPages.add('/', () => {
  const palette = ['#e53935', '#43a047', '#1e88e5', '#fdd835'];
  const picked = ui.label('Pick a colour').classes('picked');
  const swatch = colorSwatch({ color: palette[0]!, palette });
  swatch.on('change', ({ args: [color] }) => {
    if (!palette.includes(color)) return;
    swatch.set({ color });
    picked.text = `Picked ${color}`;
  });
  ui.button('Next colour', () => swatch.set({ color: palette[(palette.indexOf(swatch.get('color')) + 1) % palette.length]! }));
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const { run } = await import('../framework/index.js');
  const app = await run({ pages: customComponentPages, host: '0.0.0.0' });
  console.log(`Custom component example on ${app.url.replace('0.0.0.0', 'localhost')}`);
}
