import type { Client, ClientConfig } from '../core/client.js';
import { handleUpMessage } from '../core/events.js';
import { CloseCode, type ElementSpec, type Remount, type RemountRequest } from '../protocol/messages.js';
import { valueElementsByKey } from '../protocol/recovery.js';
import { openPage, type PageRegistry } from './pages.js';

/** Who asks for a re-mount: known only from the socket's upgrade request (cookie, address, tab). */
export interface RemountRequester {
  /** From the browser's signed cookie; without one there is no session to re-mount under. */
  browserId: string | undefined;
  address: string | undefined;
  tabId: string | undefined;
}

export type RemountOutcome =
  /** The page, rebuilt as a new client with the recovered values applied, not yet rendered. */
  | { kind: 'page'; client: Client; title: string }
  | { kind: 'elsewhere'; answer: Remount }
  | { kind: 'refused'; code: number; reason: string };

/**
 * Builds the page a tab shows again, for a tab whose client this server does not know (a restart,
 * a crash, another process): the same URL under the browser's own signed session, then the tab's
 * values applied as if typed (the same checks as any typed value: the element exists, is a value
 * element, visible and enabled; change handlers, validation and bindings run). Nothing of another
 * browser can be reached: the page is built for the cookie's browser, and tab storage is keyed by it.
 */
export async function remountPage(
  pages: PageRegistry,
  config: ClientConfig,
  request: RemountRequest,
  requester: RemountRequester,
  build: string,
): Promise<RemountOutcome> {
  if (request.build !== build) return { kind: 'refused', code: CloseCode.StaleRuntime, reason: 'the runtime changed; reload' };
  if (!requester.browserId) return { kind: 'refused', code: CloseCode.UnknownClient, reason: 'no browser session' };
  const url = new URL(request.path, 'http://localhost');
  const result = await openPage(pages, url, config, { browserId: requester.browserId, address: requester.address, tabId: requester.tabId });
  if (result.kind === 'redirect') return { kind: 'elsewhere', answer: { location: result.location } };
  // The page is gone from this build: going there shows the app's own "not found".
  if (result.kind === 'not-found') return { kind: 'elsewhere', answer: { location: request.path } };
  await applyRecoveredValues(result.client, request.values);
  return { kind: 'page', client: result.client, title: result.title };
}

/**
 * Applies values by recovery key, in the tab's (tree) order. A value can make elements appear (a
 * checkbox that shows more fields): keys not found are tried once more after the others.
 */
async function applyRecoveredValues(client: Client, values: readonly [string, unknown][]): Promise<void> {
  let pending = values;
  for (let pass = 0; pass < 2 && pending.length > 0 && !client.deleted; pass++) {
    const specs = new Map<number, ElementSpec>();
    for (const spec of client.snapshot().elements) specs.set(spec.id, spec);
    const byKey = valueElementsByKey({ root: client.layout.id, get: (id) => specs.get(id) });
    const missed: [string, unknown][] = [];
    for (const [key, value] of pending) {
      const id = byKey.get(key);
      if (id === undefined) missed.push([key, value]);
      else if (!sameJson(specs.get(id)!.v, value)) handleUpMessage(client, ['v', id, value, 0]);
    }
    pending = missed;
    // Handlers that awaited (a validation, a lookup) finish before the next pass and the snapshot.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
