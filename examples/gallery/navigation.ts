import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'navigation', title: 'Navigation & overlays', icon: 'menu_open', description: 'Menus, context menus, tooltips, pagination and in-page anchors.' },
  [
    demo('Menu', 'A popup list attached to a button; a menu item closes it when clicked.', () => {
      const label = ui.label('Chose: nothing');
      ui.button('Open menu', { icon: 'more_vert', color: 'primary' }, () => {
        ui.menu(() => {
          ui.menuItem('Edit', () => (label.text = 'Chose: Edit'));
          ui.menuItem('Duplicate', () => (label.text = 'Chose: Duplicate'));
          ui.menuItem('Keep me open', () => (label.text = 'Chose: Keep me open'), {
            autoClose: false,
          });
        });
      });
    }),

    demo('Context menu', 'A menu that opens where the user right-clicks its parent.', () => {
      const label = ui.label('Right-click the box');
      ui.card({ bordered: true, flat: true }, () => {
        ui.label('Right-click me').classes('q-pa-lg');
        ui.contextMenu(() => {
          ui.menuItem('Copy', () => (label.text = 'Copied'));
          ui.menuItem('Paste', () => (label.text = 'Pasted'));
        });
      }).classes('bg-grey-2');
    }),

    demo('Tooltip', 'A hint shown while the pointer rests on its parent.', () => {
      ui.button('Hover me', { icon: 'help_outline' }).within(() => {
        ui.tooltip('Tooltips are plain text, placed by Quasar');
      });
      ui.icon('info', { size: 'md', color: 'primary' }).within(() => {
        ui.tooltip('On an icon too', { anchor: 'center right', self: 'center left' });
      });
    }),

    demo('Pagination', 'Page buttons; the value is the current page.', () => {
      const label = ui.label('Page 3 of 10');
      ui.pagination(1, 10, {
        value: 3,
        directionLinks: true,
        maxPages: 6,
        onChange: (e) => (label.text = `Page ${e.value} of 10`),
      });
    }),

    demo('Link target', 'An anchor that a link to `#name` scrolls into view.', () => {
      ui.row(() => {
        for (const n of [1, 2, 3]) ui.link(`Chapter ${n}`, `#chapter-${n}`);
      });
      ui.element('div', () => {
        for (const n of [1, 2, 3]) {
          ui.linkTarget(`chapter-${n}`);
          ui.label(`Chapter ${n}`).classes('text-h6');
          ui.label('Some text that takes room. '.repeat(12));
        }
      })
        .classes('full-width rounded-borders bg-grey-1 q-pa-sm')
        .style({ height: '140px', overflow: 'auto' });
    }),
  ],
);
