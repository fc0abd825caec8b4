/** Chat: every open tab sees every message live; run two tabs side by side. */
import { PageRegistry, ui } from '../framework/index.js';

interface Message {
  author: string;
  text: string;
  at: string;
}

const history: Message[] = [];
const listeners = new Set<(message: Message) => void>();

export const chatPages = new PageRegistry();

chatPages.add(
  '/',
  ({ client }) => {
    ui.label('Kite chat').classes('text-h5');
    const messages = ui.card({ flat: true, bordered: true }).classes('column q-pa-sm').style({ width: '100%', 'min-height': '200px' });
    const show = (m: Message) => messages.within(() => ui.label(`${m.at} ${m.author}: ${m.text}`).classes('chat-message'));
    history.slice(-50).forEach(show);

    listeners.add(show);
    client.onDelete(() => listeners.delete(show));

    const author = ui.input({ label: 'Name', value: 'Anonymous' });
    const text = ui.input({
      label: 'Message',
      placeholder: 'Say something and press Enter',
      onEnter: () => send(),
    });
    ui.button('Send', { color: 'primary', onClick: () => send() });

    function send(): void {
      const body = text.value.trim();
      if (!body) return;
      const message = { author: author.value.trim() || 'Anonymous', text: body, at: new Date().toISOString().slice(11, 19) };
      history.push(message);
      if (history.length > 500) history.shift();
      for (const listener of listeners) listener(message);
      text.value = '';
    }
  },
  { title: 'Kite chat' },
);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { run } = await import('../framework/index.js');
  const app = await run({ pages: chatPages, host: '0.0.0.0' });
  console.log(`Chat example on ${app.url.replace('0.0.0.0', 'localhost')}`);
}
