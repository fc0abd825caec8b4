import { ui, type SpinnerType } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'feedback', title: 'Feedback', icon: 'notifications', description: 'Notifications (also updatable ones), dialogs, progress bars, spinners and skeletons.' },
  [
    demo('Notify', 'A short message in a toast; the type picks colour and icon.', () => {
      ui.row(() => {
        ui.button('Saved', {
          color: 'positive',
          onClick: () => ui.notify('Saved', { type: 'positive' }),
        });
        ui.button('Failed', {
          color: 'negative',
          onClick: () => ui.notify('Not saved', { type: 'negative', caption: 'Try again' }),
        });
        ui.button('Top right', {
          outline: true,
          onClick: () => ui.notify('Here', { position: 'top-right', closeBtn: true }),
        });
      });
    }),

    demo('Notification', 'A notification that stays updatable: report progress, then the outcome.', () => {
      ui.button('Export', {
        icon: 'file_download',
        onClick: () => {
          const job = ui.notification('Exporting… 0%', { type: 'ongoing' });
          let percent = 0;
          const step = ui.timer(400, () => {
            percent += 25;
            job.message = `Exporting… ${percent}%`;
            if (percent < 100) return;
            step.cancel();
            job.message = 'Exported';
            job.type = 'positive';
            job.timeout = 3000;
          });
        },
      });
    }),

    demo('Dialog', 'A modal box; awaiting it gives what the user chose.', () => {
      const label = ui.label('No answer yet');
      const dialog = ui.dialog<string>(() => {
        ui.card(() => {
          ui.cardSection(() => ui.label('Do you like Kite?'));
          ui.cardActions({ align: 'right' }, () => {
            ui.button('Yes', { flat: true, onClick: () => dialog.submit('Yes') });
            ui.button('No', { flat: true, onClick: () => dialog.submit('No') });
          });
        });
      });
      ui.button('Ask', {
        color: 'primary',
        onClick: async () => {
          const answer = await dialog.open();
          label.text = `Answer: ${answer ?? 'dismissed'}`;
        },
      });
    }),

    demo('Linear progress', 'A bar from 0 to 1; assign `.value` to move it.', () => {
      const bar = ui.linearProgress({ value: 0.3, showValue: true, size: '24px' });
      ui.slider({
        min: 0,
        max: 1,
        step: 0.01,
        value: 0.3,
        onChange: (e) => (bar.value = e.value),
      });
      ui.label('Indeterminate, for work of unknown length:');
      ui.linearProgress({ indeterminate: true, color: 'secondary' });
    }),

    demo('Circular progress', 'A ring from min to max, with the value inside.', () => {
      const ring = ui.circularProgress({ value: 0.25, showValue: true, size: '72px' });
      ui.button('Add 25%', () => (ring.value = ring.value >= 1 ? 0 : ring.value + 0.25));
    }),

    demo('Spinner', 'An animation for work in progress, in many styles.', () => {
      const types: SpinnerType[] = ['default', 'dots', 'audio', 'ball', 'gears', 'puff'];
      const spinners = ui.row({ align: 'center' }, () => {
        for (const type of types) ui.spinner(type, { size: '2em', color: 'primary' });
      });
      ui.switch('Spinning', {
        value: true,
        onChange: (e) => (spinners.visible = e.value),
      });
    }),

    demo('Skeleton', 'Placeholders that stand for content while it loads.', () => {
      const placeholder = ui.row({ align: 'center' }, () => {
        ui.skeleton('QAvatar');
        ui.column({ gap: '0.5rem' }, () => {
          ui.skeleton('text', { width: '160px' });
          ui.skeleton('text', { width: '100px' });
        });
      });
      const loaded = ui.row({ align: 'center' }, () => {
        ui.avatar('person', { color: 'primary', textColor: 'white' });
        ui.label('Content loaded');
      });
      loaded.visible = false;
      ui.button('Load', () => {
        placeholder.visible = !placeholder.visible;
        loaded.visible = !loaded.visible;
      });
    }),
  ],
);
