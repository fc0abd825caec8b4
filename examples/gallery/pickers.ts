import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'pickers', title: 'Pickers & sliders', icon: 'tune', description: 'Sliders, ranges, knobs, ratings, dates, times and colours.' },
  [
    demo('Slider', 'A number chosen by dragging, between bounds.', () => {
      const label = ui.label('Volume: 40');
      ui.slider({
        min: 0,
        max: 100,
        value: 40,
        label: true,
        onChange: (e) => (label.text = `Volume: ${e.value}`),
      }).style({ width: '260px' });
    }),

    demo('Range', 'Two handles for a span of numbers.', () => {
      const label = ui.label('Price: 20 to 80');
      ui.range({
        min: 0,
        max: 100,
        value: { min: 20, max: 80 },
        label: true,
        onChange: (e) => (label.text = `Price: ${e.value.min} to ${e.value.max}`),
      }).style({ width: '260px' });
    }),

    demo('Knob', 'A round dial for a number.', () => {
      const label = ui.label('Temperature: 21 °C');
      ui.knob({
        min: 10,
        max: 30,
        step: 1,
        value: 21,
        showValue: true,
        size: '90px',
        color: 'orange',
        trackColor: 'grey-3',
        onChange: (e) => (label.text = `Temperature: ${e.value} °C`),
      });
    }),

    demo('Rating', 'A number of stars (or other icons).', () => {
      const label = ui.label('Rated 3 of 5');
      ui.rating({
        value: 3,
        max: 5,
        size: 'md',
        color: 'amber',
        onChange: (e) => (label.text = `Rated ${e.value} of 5`),
      });
    }),

    demo('Date', 'A calendar to pick a date, or a span with `range`.', () => {
      const label = ui.label('Date: 2025-06-15');
      ui.date({
        value: '2025-06-15',
        minimal: true,
        onChange: (e) => (label.text = `Date: ${JSON.stringify(e.value)}`),
      });
    }),

    demo('Time', 'A clock face to pick a time.', () => {
      const label = ui.label('Time: 12:30');
      ui.time({
        value: '12:30',
        format24h: true,
        onChange: (e) => (label.text = `Time: ${e.value}`),
      });
    }),

    demo('Date input', 'A text field with a calendar behind its icon.', () => {
      const label = ui.label('Due: 2025-06-01');
      ui.dateInput({
        label: 'Due',
        value: '2025-06-01',
        onChange: (e) => (label.text = `Due: ${e.value}`),
      });
    }),

    demo('Time input', 'A text field with a clock behind its icon.', () => {
      const label = ui.label('Starts at 09:00');
      ui.timeInput({
        label: 'Start',
        value: '09:00',
        onChange: (e) => (label.text = `Starts at ${e.value}`),
      });
    }),

    demo('Color input', 'A text field for a colour, with a palette behind its icon.', () => {
      const label = ui.label('Colour: #1976d2');
      ui.colorInput({
        label: 'Colour',
        value: '#1976d2',
        preview: true,
        onChange: (e) => (label.text = `Colour: ${e.value}`),
      });
    }),

    demo('Color picker', 'A popup palette attached to a button.', () => {
      const button = ui.button('Pick a colour', { icon: 'palette' }, () => {
        ui.colorPicker({
          onPick: (color) => button.style({ 'background-color': color }),
        });
      });
    }),
  ],
);
