import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';
import { mediaUrl } from './media.js';

export default group(
  import.meta.url,
  { slug: 'layout', title: 'Layout & containers', icon: 'dashboard', description: 'Cards, rows, columns, grids, expansions, scroll areas, splitters, tabs, carousels, steppers and any HTML element.' },
  [
    demo('Card', 'A raised box with sections and a bar of actions.', () => {
      const status = ui.label('Not decided');
      ui.card(() => {
        ui.cardSection(() => {
          ui.label('Delete the draft?').classes('text-h6');
          ui.label('This cannot be undone.');
        });
        ui.separator();
        ui.cardActions({ align: 'right' }, () => {
          ui.button('Keep', { flat: true, onClick: () => (status.text = 'Kept') });
          ui.button('Delete', {
            flat: true,
            color: 'negative',
            onClick: () => (status.text = 'Deleted'),
          });
        });
      });
    }),

    demo('Row and column', 'Flex containers that lay out their children side by side or stacked.', () => {
      ui.row({ align: 'center' }, () => {
        ui.label('A row:');
        for (const n of [1, 2, 3]) ui.badge(String(n), { color: 'primary' });
      });
      ui.column({ gap: '0.25rem' }, () => {
        ui.label('A column:');
        for (const n of [1, 2, 3]) ui.badge(String(n), { color: 'teal' });
      });
    }),

    demo('Grid', 'A CSS grid; `columns` takes a count or a template.', () => {
      const grid = ui.grid({ columns: 3, gap: '0.5rem' }, () => {
        for (let n = 1; n <= 6; n++)
          ui.label(`Cell ${n}`).classes('bg-blue-1 q-pa-sm text-center');
      }).classes('full-width');
      ui.slider({ min: 1, max: 6, value: 3, onChange: (e) => (grid.columns = e.value) });
    }),

    demo('Separator and space', 'A line between things, and a spring that pushes things apart.', () => {
      ui.row({ align: 'center' }, () => {
        ui.label('Left');
        ui.space();
        ui.label('Right');
      }).classes('full-width');
      ui.separator();
      ui.row(() => {
        ui.label('One');
        ui.separator({ vertical: true });
        ui.label('Two');
      });
    }),

    demo('Expansion', 'A section that opens and closes; its value is whether it is open.', () => {
      const label = ui.label('Closed');
      ui.expansion('Details', {
        icon: 'info',
        caption: 'Click to open',
        onChange: (e) => (label.text = e.value ? 'Open' : 'Closed'),
      }, () => {
        ui.label('Hidden content, built on the server up front.');
      }).classes('full-width');
    }),

    demo('Scroll area', 'A box of fixed size whose content scrolls, with slim scroll bars.', () => {
      ui.scrollArea({ height: '120px' }, () => {
        for (let n = 1; n <= 20; n++) ui.label(`Line ${n} of 20`);
      }).classes('full-width rounded-borders bg-grey-1');
    }),

    demo('Splitter', 'Two panes with a separator to drag; the value is the first pane\'s size.', () => {
      const label = ui.label('Left pane: 40%');
      ui.splitter({
        value: 40,
        before: () => ui.label('Left').classes('q-pa-md'),
        after: () => ui.label('Right').classes('q-pa-md'),
        onChange: (e) => (label.text = `Left pane: ${Math.round(e.value)}%`),
      }).classes('full-width bg-grey-1').style({ height: '100px' });
    }),

    demo('Tabs', 'Tabs switch between panels; the server knows the active one.', () => {
      const label = ui.label('Tab: mail');
      const tabs = ui.tabs({ onChange: (e) => (label.text = `Tab: ${e.value}`) }, () => {
        ui.tab('mail', { label: 'Mail', icon: 'mail' });
        ui.tab('alarms', { label: 'Alarms', icon: 'alarm' });
      });
      ui.tabPanels(tabs, () => {
        ui.tabPanel('mail', () => ui.label('No new mail'));
        ui.tabPanel('alarms', () => ui.label('Alarm at 7:00'));
      }).classes('full-width');
    }),

    demo('Carousel', 'Slides shown one at a time, with arrows and dots.', () => {
      const label = ui.label('Slide: landscape');
      ui.carousel({
        arrows: true,
        navigation: true,
        height: '180px',
        controlColor: 'white',
        onChange: (e) => (label.text = `Slide: ${e.value}`),
      }, () => {
        for (const name of ['landscape', 'night', 'sea'] as const)
          ui.carouselSlide(name, { imgSrc: mediaUrl(name) });
      }).style({ width: '320px' });
    }),

    demo('Stepper', 'Steps one after another, each with its own navigation.', () => {
      const stepper = ui.stepper({ flat: true }, () => {
        ui.step('order', { title: 'Order', icon: 'shopping_cart' }, () => {
          ui.label('Choose what you want.');
          ui.stepperNavigation(() => ui.button('Next', () => stepper.next()));
        });
        ui.step('pay', { title: 'Pay', icon: 'payments' }, () => {
          ui.label('Pay for it.');
          ui.stepperNavigation(() => {
            ui.button('Next', () => stepper.next());
            ui.button('Back', { flat: true, onClick: () => stepper.previous() });
          });
        });
        ui.step('done', { title: 'Done', icon: 'check' }, () => {
          ui.label('Thank you!');
          ui.stepperNavigation(() => ui.button('Back', () => stepper.previous()));
        });
      }).classes('full-width');
    }),

    demo('Element', 'Any HTML tag or Quasar component, configured with props, classes and style.', () => {
      const banner = ui.element('q-banner', () => {
        ui.label('A QBanner made with ui.element');
      }).classes('bg-primary text-white rounded-borders');
      ui.button('Change colour', () => {
        const on = banner.getClasses().includes('bg-primary');
        banner.classes(on ? 'bg-secondary' : 'bg-primary', {
          remove: on ? 'bg-primary' : 'bg-secondary',
        });
      });
    }),
  ],
);
