/** The connection state as the user sees it: a banner while reconnecting, a message when it cannot. */
export interface StatusView {
  reconnecting(on: boolean): void;
  /** A final message with a Reload button; the page stays readable underneath. */
  fatal(message: string): void;
}

export const RECONNECTING_ID = 'kite-reconnecting';
export const FATAL_ID = 'kite-fatal';

export function createStatusView(doc: Document): StatusView {
  return {
    reconnecting(on) {
      const banner = doc.getElementById(RECONNECTING_ID);
      if (!on) return banner?.remove();
      if (banner || doc.getElementById(FATAL_ID)) return;
      const div = doc.createElement('div');
      div.id = RECONNECTING_ID;
      div.setAttribute('role', 'status');
      div.textContent = 'Reconnecting…';
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
