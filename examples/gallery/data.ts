import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'data', title: 'Lists & data', icon: 'table_chart', description: 'Lists, sliding items, tables, trees, logs and timelines.' },
  [
    demo('List', 'Items in sections: an avatar, a title with a caption, and a side note.', () => {
      const label = ui.label('Opened: nothing');
      ui.list({ bordered: true, separator: true }, () => {
        for (const name of ['Ada', 'Linus'])
          ui.item(() => {
            ui.itemSection({ avatar: true }, () => ui.icon('person'));
            ui.itemSection(() => {
              ui.itemLabel(name);
              ui.itemLabel(`${name.toLowerCase()}@example.com`, { caption: true });
            });
            ui.itemSection('2 new', { side: true });
          }).onClick(() => (label.text = `Opened: ${name}`));
      }).classes('full-width');
    }),

    demo('Slide item', 'A list item the user slides sideways to reveal an action.', () => {
      const label = ui.label('Slide the item left or right');
      ui.list({ bordered: true }, () => {
        ui.slideItem('Slide me', {
          onSlide: (side, item) => {
            label.text = side === 'left' ? 'Archived' : 'Deleted';
            item.reset();
          },
        })
          .left(() => ui.icon('archive'), 'green')
          .right(() => ui.icon('delete'), 'red');
      }).classes('full-width');
    }),

    demo('Table', 'Rows and columns with sorting, selection and pagination in the tab.', () => {
      const label = ui.label('Selected: none');
      const table = ui.table({
        columns: [
          { name: 'name', label: 'Name', field: 'name', align: 'left', sortable: true },
          { name: 'age', label: 'Age', field: 'age', sortable: true },
        ],
        rows: [
          { id: 1, name: 'Alice', age: 18 },
          { id: 2, name: 'Bob', age: 21 },
          { id: 3, name: 'Carol', age: 42 },
        ],
        rowKey: 'id',
        selection: 'multiple',
        onSelect: (e) => {
          label.text = `Selected: ${e.selected.map((r) => r.name).join(', ') || 'none'}`;
        },
      }).classes('full-width');
      let next = 4;
      ui.button('Add a row', () => {
        const row = { id: next, name: `Person ${next}`, age: 20 + next++ };
        table.rows = [...table.rows, row];
      });
    }),

    demo('Tree', 'Nested nodes that open and close; selecting one reaches the server.', () => {
      const label = ui.label('Selected: none');
      const fruits = [
        { id: 'apple', label: 'Apple' },
        { id: 'pear', label: 'Pear' },
      ];
      const nodes = [
        { id: 'fruits', label: 'Fruits', children: fruits },
        { id: 'leek', label: 'Leek' },
      ];
      ui.tree(nodes, {
        expanded: ['fruits'],
        onSelect: (e) => (label.text = `Selected: ${e.value ?? 'none'}`),
      });
    }),

    demo('Log', 'Lines appended over time; only the new line travels to the tab.', () => {
      const log = ui.log({ maxLines: 100, height: '8rem' });
      log.push('Started');
      let n = 0;
      ui.button('Add a line', () => log.push(`Line ${++n}`));
    }),

    demo('Timeline', 'Events in order, with titles, subtitles and icons.', () => {
      const timeline = ui.timeline({ side: 'right' }, () => {
        ui.timelineEntry('The first release.', { title: 'v1.0', icon: 'flag' });
        ui.timelineEntry('Faster and smaller.', { title: 'v2.0', subtitle: 'June' });
      });
      let version = 3;
      ui.button('Ship another', () => {
        timeline.within(() => {
          const title = `v${version++}.0`;
          ui.timelineEntry('Shipped from the gallery.', { title, color: 'green' });
        });
      });
    }),
  ],
);
