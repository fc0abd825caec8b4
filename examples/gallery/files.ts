import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';

export default group(
  import.meta.url,
  { slug: 'files', title: 'Files', icon: 'upload_file', description: 'Uploads streamed to a server callback, and downloads of what the server makes.' },
  [
    demo('Upload', 'Each picked file reaches the callback as a stream, over HTTP.', () => {
      const received = ui.label('No file yet');
      ui.upload({
        label: 'Pick a file (up to 1 MB)',
        autoUpload: true,
        maxFileSize: 1024 * 1024,
        onUpload: async (file) => {
          await file.bytes();
          received.text = `Received ${file.name}: ${file.size} bytes`;
        },
      });
    }),

    demo('Download', 'Text or bytes made on the server, saved by the browser under a file name.', () => {
      const note = ui.textarea({ label: 'Note', value: 'Written in the Kite gallery.' });
      ui.row(() => {
        ui.button('Download note.txt', {
          icon: 'download',
          onClick: () => ui.download.content(note.value, 'note.txt'),
        });
        ui.button('Squares as CSV', {
          flat: true,
          onClick: () => {
            const rows = Array.from({ length: 10 }, (_, i) => `${i + 1},${(i + 1) ** 2}`);
            ui.download.content(['n,square', ...rows].join('\n'), 'squares.csv');
          },
        });
      });
    }),
  ],
);
