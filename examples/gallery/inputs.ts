import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'inputs', title: 'Inputs', icon: 'edit_note', description: 'Text, numbers, checkboxes, switches, radios, selects, toggles, chips and rich text.' },
  [
    demo('Input', 'A one-line text field; every change reaches the server.', () => {
      const label = ui.label('You typed: ');
      ui.input({
        label: 'Name',
        placeholder: 'Type something',
        clearable: true,
        onChange: (e) => (label.text = `You typed: ${e.value}`),
      });
    }),

    demo('Input validation', 'Validators run on the server; their message shows under the field.', () => {
      ui.input({
        label: 'Email',
        validation: (v) => (v.includes('@') ? null : 'Not an email address'),
      });
      ui.input({ label: 'Password', password: true, hint: 'Not echoed back' });
    }),

    demo('Textarea', 'A multi-line text field that grows with its content.', () => {
      const count = ui.label('0 characters');
      ui.textarea({
        label: 'Notes',
        autogrow: true,
        onChange: (e) => (count.text = `${e.value.length} characters`),
      }).classes('full-width');
    }),

    demo('Number', 'A number field with bounds and precision, checked on the server.', () => {
      const square = ui.label('Square: 25');
      ui.number({
        label: 'A number from 0 to 100',
        value: 5,
        min: 0,
        max: 100,
        onChange: (e) => (square.text = `Square: ${(e.value ?? 0) ** 2}`),
      }).style({ width: '200px' });
    }),

    demo('Checkbox', 'A box to tick; its value is a boolean.', () => {
      const label = ui.label('Not accepted');
      ui.checkbox('I accept the terms', (e) => {
        label.text = e.value ? 'Accepted' : 'Not accepted';
      });
    }),

    demo('Switch', 'An on/off switch; here it enables a button.', () => {
      const button = ui.button('Launch', { color: 'red', icon: 'rocket_launch' });
      button.enabled = false;
      ui.switch('Armed', (e) => (button.enabled = e.value));
    }),

    demo('Radio', 'One choice among a few, all visible.', () => {
      const label = ui.label('Size: m');
      ui.radio({ s: 'Small', m: 'Medium', l: 'Large' }, {
        value: 'm',
        inline: true,
        onChange: (e) => (label.text = `Size: ${e.value}`),
      });
    }),

    demo('Select', 'One or several choices from a dropdown list.', () => {
      const label = ui.label('Colour: red');
      ui.select(['red', 'green', 'blue'], {
        label: 'Colour',
        value: 'red',
        onChange: (e) => (label.text = `Colour: ${e.value}`),
      }).style({ width: '200px' });
      ui.select(['cheese', 'ham', 'olives'], {
        label: 'Toppings',
        multiple: true,
        useChips: true,
        value: ['cheese'],
      }).style({ width: '260px' });
    }),

    demo('Toggle', 'One choice among a few, as joined buttons.', () => {
      const label = ui.label('View: week');
      ui.toggle(['day', 'week', 'month'], {
        value: 'week',
        onChange: (e) => (label.text = `View: ${e.value}`),
      });
    }),

    demo('Input chips', 'A list of strings typed as chips (press Enter after each).', () => {
      const label = ui.label('Tags: kite, ui');
      ui.inputChips({
        label: 'Tags',
        value: ['kite', 'ui'],
        clearable: true,
        onChange: (e) => (label.text = `Tags: ${e.value.join(', ')}`),
      }).classes('full-width');
    }),

    demo('Editor', 'A rich-text editor (WYSIWYG); the HTML is sanitized on the server.', () => {
      const count = ui.label('Edit the text below');
      ui.editor({
        value: '<p>Some <b>bold</b> text.</p>',
        minHeight: '6rem',
        onChange: (e) => (count.text = `${e.value.length} characters of HTML`),
      }).classes('full-width');
    }),
  ],
);
