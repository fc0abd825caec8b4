import { observable, ui } from '../../framework/index.js';
import { colorSwatch } from '../custom-component.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  {
    slug: 'binding',
    title: 'Binding & custom components',
    icon: 'extension',
    description: 'Elements kept in step with a model or with each other, and a Vue component of your own.',
  },
  [
    demo('Binding', 'Elements bound to an `observable()` model follow every change of it, from the page or the server.', () => {
      const model = observable({ name: 'Kite', size: 24 });
      ui.input({ label: 'Name' }).bindValue(model, 'name');
      ui.slider({ min: 12, max: 48 }).bindValue(model, 'size');
      ui.row({ align: 'center' }, () => {
        ui.label().bindTextFrom(model, 'name', (name) => `Hello, ${name}!`);
        const heart = ui.icon('favorite', { color: 'red' });
        heart.bindPropFrom('size', model, 'size', (px) => `${px}px`);
        ui.label().bindTextFrom(model, 'size', (size) => `${size} px`);
      });
      ui.button('Reset', () => Object.assign(model, { name: 'Kite', size: 24 }));
    }),

    demo('Binding elements', "An element can follow another's value or visibility directly.", () => {
      const details = ui.checkbox('Show details', { value: true });
      const note = ui.input({ label: 'Note', value: 'Bound to the label below' });
      ui.label().bindTextFrom(note, 'value').bindVisibilityFrom(details, 'value');
    }),

    demo('Custom component', 'A Vue component of your own (examples/components/color-swatch.vue), typed and checked on the server.', () => {
      const palette = ['#e53935', '#43a047', '#1e88e5', '#fdd835'];
      const picked = ui.label('Pick a colour under the swatch');
      const swatch = colorSwatch({ color: palette[0]!, palette });
      swatch.on('change', ({ args: [color] }) => {
        swatch.set({ color });
        picked.text = `Picked ${color}`;
      });
    }),
  ],
);
