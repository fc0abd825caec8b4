/** Why the tab is reconnecting: the server said it is restarting, or the connection was lost. */
export type ReconnectReason = 'restarting' | 'lost';

/** The connection state as the user sees it: a banner while reconnecting, a message when it cannot. */
export interface StatusView {
  reconnecting(on: boolean, reason?: ReconnectReason): void;
  /** A final message with a Reload button; the page stays readable underneath. */
  fatal(message: string): void;
}

export const RECONNECTING_ID = 'kite-reconnecting';
export const FATAL_ID = 'kite-fatal';

export function createStatusView(doc: Document): StatusView {
  return {
    reconnecting(on, reason = 'lost') {
      const banner = doc.getElementById(RECONNECTING_ID);
      if (!on) return banner?.remove();
      if (doc.getElementById(FATAL_ID)) return;
      // A restart is announced and expected to be brief: say so instead of sounding like a failure.
      const text = reason === 'restarting' ? 'The server is restarting…' : 'Reconnecting…';
      if (banner) return void (banner.textContent = text);
      const div = doc.createElement('div');
      div.id = RECONNECTING_ID;
      div.setAttribute('role', 'status');
      div.textContent = text;
      doc.body.appendChild(div);
    },
    fatal(message) {
      doc.getElementById(RECONNECTING_ID)?.remove();
      doc.getElementById(FATAL_ID)?.remove();
      const box = doc.createElement('div');
      box.id = FATAL_ID;
      box.setAttribute('role', 'alert');
      const text = doc.createElement('span');
      text.textContent = message;
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = 'Reload';
      button.addEventListener('click', () => doc.location.reload());
      box.append(text, button);
      doc.body.appendChild(box);
    },
  };
}
