import type { IncomingMessage } from 'node:http';

/**
 * Browsers send Origin on websocket upgrades and on cross-origin or POST requests; when present it
 * must be the page's own or an allowed one. Its absence is allowed: such a request is no
 * browser acting for a foreign site, and it still needs the client's secret.
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
