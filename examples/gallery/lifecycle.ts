import { storage, ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'lifecycle', title: 'Pages & lifecycle', icon: 'autorenew', description: 'Pages with parameters, timers, refreshable sections, navigation and storage.' },
  [
    demo('Page', 'A page at a path (this one is added when the demo runs); parts of the path become parameters.', () => {
      ui.page('/hello/:name', ({ params }) => {
        ui.label(`Hello, ${params.name}!`).classes('text-h4');
        ui.link('Back to the gallery', '/lifecycle');
      });
      ui.link('Open /hello/kite', '/hello/kite');
      ui.link('Open /hello/world', '/hello/world');
    }),

    demo('Timer', 'Runs a callback at an interval while its element exists.', () => {
      const now = () => new Date().toLocaleTimeString('en-GB');
      const clock = ui.label(now());
      const timer = ui.timer(1000, () => (clock.text = now()));
      ui.switch('Running', { value: true, onChange: (e) => (timer.active = e.value) });
    }),

    demo('Timer once', 'A timer with `once` runs its callback a single time.', () => {
      const label = ui.label('Waiting…');
      ui.button('Start over', () => {
        label.text = 'Waiting…';
        ui.timer(1500, () => (label.text = 'Done, 1.5 s later'), { once: true });
      });
      ui.timer(1500, () => (label.text = 'Done, 1.5 s later'), { once: true });
    }),

    demo('Refreshable', 'A section rebuilt from scratch by calling `refresh()`.', () => {
      const fruits = ['apple', 'pear'];
      const list = ui.refreshable(() => {
        ui.label(`${fruits.length} fruits`).classes('text-bold');
        for (const fruit of fruits) ui.label(fruit);
      });
      list();
      ui.input({
        label: 'New fruit (Enter adds it)',
        onEnter: (e) => {
          fruits.push(e.sender.value);
          e.sender.value = '';
          list.refresh();
        },
      });
    }),

    demo('Navigate', 'Moves the tab to another page, or through its history.', () => {
      ui.row(() => {
        ui.button('To the index', { icon: 'home', onClick: () => ui.navigate.to('/') });
        ui.button('Back', { flat: true, onClick: () => ui.navigate.back() });
        ui.button('Forward', { flat: true, onClick: () => ui.navigate.forward() });
        ui.button('Reload', { flat: true, onClick: () => ui.navigate.reload() });
      });
    }),

    demo('Storage', 'Data kept per browser (`storage.user`) or for everyone (`storage.general`).', () => {
      const visits = ((storage.user.visits as number | undefined) ?? 0) + 1;
      storage.user.visits = visits;
      ui.label(`You opened this page ${visits} times (reload to count).`);
      const likes = ui.label(`Likes from everyone: ${storage.general.likes ?? 0}`);
      ui.button('Like', {
        icon: 'thumb_up',
        onClick: () => {
          const count = ((storage.general.likes as number | undefined) ?? 0) + 1;
          storage.general.likes = count;
          likes.text = `Likes from everyone: ${count}`;
        },
      });
    }),
  ],
);
