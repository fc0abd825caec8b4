/**
 * Pages the benchmarks serve. `counter` is the counter example; `form30` is a settings form of 30
 * common elements (the size of a typical edit page). Every set serves its page at `/`.
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

/** Page sets by name, so a child process can be told which one to serve. */
export const pageSets = { counter: counterPages, form30: formPages } as const;
export type PageSetName = keyof typeof pageSets;
