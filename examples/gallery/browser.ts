import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  {
    slug: 'browser',
    title: 'Browser & theme',
    icon: 'contrast',
    description: "The tab's keyboard, clipboard and address bar, dark mode and brand colours.",
    subPaths: true,
  },
  [
    demo('Keyboard', 'Key presses anywhere on the page (not typed into a field) run a server callback.', () => {
      const last = ui.label('Press a key (outside a text field)');
      const keyboard = ui.keyboard((e) => {
        if (e.action === 'keydown') last.text = `Last key: ${e.key} (${e.code})`;
      });
      ui.switch('Listening', { value: true, onChange: (e) => (keyboard.active = e.value) });
    }),

    demo('Clipboard', "Writes and reads the tab's clipboard (the browser may ask first).", () => {
      const text = ui.input({ label: 'Text to copy', value: 'Hello from Kite' });
      const readBack = ui.label('Nothing read yet');
      ui.row(() => {
        ui.button('Copy', () => ui.clipboard.write(text.value));
        ui.button('Read back', {
          flat: true,
          onClick: async () => {
            const read = await ui.clipboard.read(); // undefined if the browser refuses
            readBack.text = `Clipboard: ${read ?? 'not allowed'}`;
          },
        });
      });
    }),

    demo('Dark mode', "Quasar's dark mode for the whole page: on, off, or like the system.", () => {
      const dark = ui.darkMode(false);
      ui.switch('Dark', { onChange: (e) => (dark.value = e.value) });
      ui.button('Like the system', { flat: true, onClick: () => dark.auto() });
    }),

    demo('Colors', "The page's brand colours, and colours of your own: everything primary follows.", () => {
      const choices = { plum: '#6e3cbc', pine: '#00897b', coral: '#ff7043' };
      const colors = ui.colors(choices); // new names work as colours: `color: 'plum'`
      ui.row(() => {
        for (const [name, color] of Object.entries(choices))
          ui.button(name, { color: name, onClick: () => colors.set({ primary: color }) });
        ui.button('Default', { flat: true, onClick: () => colors.set({ primary: undefined }) });
      });
      ui.row({ align: 'center' }, () => {
        ui.button('Primary', { color: 'primary' });
        ui.icon('favorite', { color: 'primary', size: 'md' });
        ui.circularProgress({ value: 0.7, color: 'primary' });
      });
    }),

    demo('Sub pages', 'Routes inside one page (registered as `/browser{/*rest}`): the address changes, back and forward work.', () => {
      const pages = ui.subPages({
        '/': () => ui.label('Sub page: home'),
        '/fruits/:name': ({ params }) => ui.label(`Sub page: ${params.name}`),
      });
      ui.row(() => {
        pages.link('Home', '/');
        pages.link('Apple', '/fruits/apple');
        pages.link('Pear', '/fruits/pear');
      });
      ui.button('Show a cherry', () => pages.navigate('/fruits/cherry'));
    }),
  ],
);
