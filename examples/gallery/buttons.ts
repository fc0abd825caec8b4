import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'buttons', title: 'Buttons', icon: 'smart_button', description: 'Buttons, button groups, dropdown buttons, floating action buttons and chips.' },
  [
    demo('Button', 'Runs a server callback when clicked; label, icon and colour can change later.', () => {
      let clicks = 0;
      const label = ui.label('Not clicked yet');
      ui.button('Click me', {
        color: 'primary',
        icon: 'touch_app',
        onClick: () => (label.text = `Clicked ${++clicks} times`),
      });
    }),

    demo('Button states', 'Flat, outlined and round buttons; `loading` shows a spinner while work runs.', () => {
      ui.row({ align: 'center' }, () => {
        ui.button('Flat', { flat: true, color: 'primary' });
        ui.button('Outline', { outline: true, color: 'primary' });
        ui.button('', { icon: 'favorite', round: true, color: 'red' });
        const save = ui.button('Save', { color: 'positive', icon: 'save' });
        save.onClick(async () => {
          save.props({ loading: true });
          await new Promise((resolve) => setTimeout(resolve, 1000));
          save.props({ loading: false });
          save.label = 'Saved';
        });
      });
    }),

    demo('Button group', 'Buttons joined into one bar.', () => {
      const label = ui.label('Align: left');
      ui.buttonGroup({ outline: true }, () => {
        for (const align of ['left', 'center', 'right'])
          ui.button('', {
            icon: `format_align_${align}`,
            onClick: () => (label.text = `Align: ${align}`),
          });
      });
    }),

    demo('Dropdown button', 'A button that opens a list of choices.', () => {
      const label = ui.label('Format: none');
      const options = { color: 'primary', icon: 'download', autoClose: true };
      ui.dropdownButton('Export', options, () => {
        ui.list(() => {
          for (const format of ['CSV', 'JSON', 'PDF'])
            ui.item(format, () => (label.text = `Format: ${format}`));
        });
      });
    }),

    demo('Floating action button', 'A round button that unfolds a few actions.', () => {
      const label = ui.label('Pick an action');
      ui.fab('add', { direction: 'right', color: 'accent' }, () => {
        ui.fabAction('mail', { label: 'Mail', onClick: () => (label.text = 'Mail') });
        ui.fabAction('alarm', { label: 'Alarm', onClick: () => (label.text = 'Alarm') });
      });
    }),

    demo('Chip', 'A compact element for a tag or a choice: clickable, selectable or removable.', () => {
      const label = ui.label('Removed: nothing');
      ui.row(() => {
        ui.chip('Click me', {
          icon: 'ads_click',
          color: 'primary',
          textColor: 'white',
          onClick: (e) => (e.sender.text = 'Clicked'),
        });
        ui.chip('Selectable', {
          selectable: true,
          color: 'orange',
          onSelectionChange: (selected) => (label.text = `Selected: ${selected}`),
        });
        for (const fruit of ['Apple', 'Banana'])
          ui.chip(fruit, {
            removable: true,
            onRemove: () => (label.text = `Removed: ${fruit}`),
          });
      });
    }),
  ],
);
