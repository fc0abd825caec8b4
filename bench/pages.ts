/**
 * Pages the benchmarks serve. `counter` is the counter example; `form30` is a settings form of 30
 * common elements (the size of a typical edit page); `admin` is a page of common admin elements
 * (layout with header, left drawer and footer; labels, buttons, icons, a card with an input and
 * a checkbox, a table, separators, space, rows and columns). Every set serves its page at `/`;
 * `admin` also serves `/paged`, the same page with pagination controls under the table.
 */
import { counterPages } from '../examples/counter.js';
import { PageRegistry, ui } from '../framework/index.js';

export const formPages = new PageRegistry();

// Numbers count the elements the page creates: 30 in all.
formPages.add('/', () => {
  ui.label('Account settings').classes('text-h6'); // 1
  const status = ui.label('Last saved: never').classes('text-caption'); // 2
  ui.card(() => {
    // 3
    ui.cardSection(() => {
      // 4
      ui.label('Profile').classes('text-subtitle1'); // 5
      ui.input({ label: 'Name', outlined: true, dense: true }); // 6
      ui.input({ label: 'Email', outlined: true, dense: true, validation: (v) => (v.includes('@') ? null : 'Not an email') }); // 7
      ui.input({ label: 'Password', outlined: true, dense: true, password: true }); // 8, 9 (eye icon)
      ui.select(['English', 'Deutsch', 'Français'], { label: 'Language', value: 'English', outlined: true, dense: true }); // 10
      ui.textarea({ label: 'About me' }); // 11
    });
    ui.separator(); // 12
    ui.cardActions(() => {
      // 13
      ui.button('Save', { color: 'primary', onClick: () => (status.text = `Last saved: ${new Date().toLocaleTimeString()}`) }); // 14
      ui.button('Cancel', { flat: true }); // 15
    });
  });
  ui.label('Notify me by').classes('text-subtitle1'); // 16
  ui.row(() => {
    // 17
    for (const channel of ['Email', 'SMS', 'Push', 'Weekly digest']) ui.checkbox(channel, { value: channel === 'Email' }); // 18-21
  });
  ui.switch('Dark mode'); // 22
  ui.row(() => {
    // 23
    for (const field of ['Street', 'City', 'Postcode']) ui.input({ label: field, dense: true }); // 24-26
  });
  ui.card({ bordered: true }, () => {
    // 27
    ui.label('Danger zone: deleting cannot be undone.'); // 28
    ui.button('Delete account', { color: 'negative', icon: 'delete' }); // 29
  });
  ui.button('Sign out', { flat: true, icon: 'logout' }); // 30
});

export const adminPages = new PageRegistry();

const ITEMS = Array.from({ length: 8 }, (_, i) => ({ id: i + 1, title: `Item ${i + 1}`, owner: `user${(i % 3) + 1}@example.com`, done: i % 2 === 0 }));

function adminPage(paged: boolean): void {
  const drawer = ui.leftDrawer({ bordered: true }, () => {
    ui.column({ gap: '0.25rem', align: 'stretch' }, () => {
      for (const [text, icon] of [['Items', 'list_alt'], ['Users', 'people'], ['Settings', 'settings']] as const)
        ui.button(text, { flat: true, icon, align: 'left', noCaps: true });
      ui.separator();
      ui.button('Logout', { flat: true, icon: 'logout', align: 'left', noCaps: true });
    }).classes('q-pa-sm full-width');
  });
  ui.header({ elevated: true }, () => {
    ui.button('', { flat: true, round: true, dense: true, icon: 'menu', onClick: () => drawer.toggle() });
    ui.label('Items').classes('text-h6');
    ui.space();
    ui.icon('account_circle', { size: '1.5rem' });
  }).classes('bg-primary text-white');
  ui.footer(() => ui.label('Kite admin').classes('text-caption')).classes('bg-grey-2 text-grey-8');
  ui.column({ align: 'stretch' }, () => {
    ui.row({ align: 'center' }, () => {
      ui.button('Create item', { color: 'primary', icon: 'add' });
      ui.space();
      ui.input({ label: 'Search', dense: true, clearable: true });
    }).classes('full-width');
    ui.card(() => {
      ui.cardSection(() => {
        ui.label('New item').classes('text-subtitle1');
        ui.input({ label: 'Title', outlined: true, dense: true });
        ui.checkbox('Done');
      });
      ui.separator();
      ui.cardActions(() => {
        ui.button('Save', { color: 'primary' });
        ui.button('Cancel', { flat: true });
      });
    });
    ui.table({
      rows: ITEMS,
      columns: [
        { name: 'title', label: 'Title', sortable: true },
        { name: 'owner', label: 'Owner' },
        { name: 'done', label: 'Done' },
      ],
      flat: true,
      bordered: true,
      ...(paged ? { pagination: 5, rowsPerPageOptions: [5, 10, 25] } : {}),
    });
  }).classes('full-width q-pa-md');
}

adminPages.add('/', () => adminPage(false));
adminPages.add('/paged', () => adminPage(true));

/** Page sets by name, so a child process can be told which one to serve. */
export const pageSets = { counter: counterPages, form30: formPages, admin: adminPages } as const;
export type PageSetName = keyof typeof pageSets;
