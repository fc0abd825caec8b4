import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'furniture', title: 'Page furniture', icon: 'web', description: 'Header, footer, drawers, sticky buttons, the scroller and the tab title: this page\'s own furniture comes from its demos.' },
  [
    demo('Header', 'The bar at the top of the page; the header of this page is made here.', () => {
      let clicks = 0;
      const label = ui.label('Header button: not clicked');
      ui.header({ elevated: true }, () => {
        ui.icon('web', { size: 'sm' });
        ui.label('Page furniture').classes('text-subtitle1');
        ui.space();
        ui.button('Click', {
          flat: true,
          color: 'white',
          onClick: () => (label.text = `Header button: ${++clicks} clicks`),
        });
      });
    }),

    demo('Footer', 'The bar at the bottom of the page; hide it by making it invisible.', () => {
      const footer = ui.footer({ bordered: true }, () => {
        ui.label('A footer, made by the footer demo');
      });
      ui.switch('Show the footer', {
        value: true,
        onChange: (e) => (footer.visible = e.value),
      });
    }),

    demo('Left drawer', 'A side panel of the page, opened and closed from the server.', () => {
      const label = ui.label('Left drawer: closed');
      const drawer = ui.leftDrawer({
        value: false,
        bordered: true,
        onChange: (e) => (label.text = `Left drawer: ${e.value ? 'open' : 'closed'}`),
      }, () => {
        ui.label('Left drawer').classes('text-h6');
        ui.label('Made by the left drawer demo.');
      }).classes('q-pa-md');
      ui.button('Toggle the drawer', { icon: 'menu', onClick: () => drawer.toggle() });
    }),

    demo('Right drawer', 'The same on the right; `overlay` lays it over the page.', () => {
      const options = { value: false, overlay: true, elevated: true };
      const drawer = ui.rightDrawer(options, () => {
        ui.label('Right drawer').classes('text-h6');
        ui.button('Close', { flat: true, onClick: () => drawer.hide() });
      }).classes('q-pa-md');
      ui.button('Open the drawer', { icon: 'menu_open', onClick: () => drawer.show() });
    }),

    demo('Page sticky', 'Content that stays in a corner of the page while it scrolls.', () => {
      let count = 0;
      const label = ui.label('Sticky button: 0 clicks');
      ui.pageSticky({ position: 'bottom-right', xOffset: 18, yOffset: 18 }, () => {
        ui.button('', {
          icon: 'add',
          round: true,
          color: 'primary',
          onClick: () => (label.text = `Sticky button: ${++count} clicks`),
        });
      });
    }),

    demo('Page scroller', 'A button that appears once the page is scrolled, and goes back up.', () => {
      ui.label('Scroll down: an arrow appears above the sticky + button.');
      const options = { xOffset: 18, yOffset: 80, scrollOffset: 150 };
      ui.pageScroller(options, () => {
        ui.button('', { icon: 'arrow_upward', round: true, color: 'accent' });
      });
    }),

    demo('Page title', 'Sets the title of the browser tab.', () => {
      ui.input({
        label: 'Title of this tab',
        value: 'Page furniture · Kite gallery',
        onChange: (e) => ui.pageTitle(e.value),
      }).classes('full-width');
    }),
  ],
);
