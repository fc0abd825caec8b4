/**
 * The runtime: boots the page from the embedded tree and keeps it live. main.ts calls it; every
 * lazily loaded chunk also re-exports this module (build/chunking.ts), so everything it reaches
 * (Vue, Quasar's core, the runtime) stays in one chunk.
 */
import { createApp, h } from 'vue';
import type { BootState, ElementId } from '../framework/protocol/messages.js';
import { toJsonSafe } from './args.js';
import { runCall } from './calls.js';
import { systemClock } from './clock.js';
import { components } from './components.js';
import { Quasar } from './core.js';
import { Connection } from './connection.js';
import { openWebSocket, socketUrl } from './socket.js';
import { ElementView, viewContextKey, type ViewContext } from './element-view.js';
import { lazyNotify } from './notify.js';
import { keepFocusAcross } from './focus.js';
import { keepForReload, takeRecovered } from './recovered.js';
import { mayReloadForUnknownClient } from './reload-guard.js';
import { createStatusView } from './status.js';
import { Store } from './store.js';
import { tabId } from './tab-id.js';
import { neededTags } from '../framework/protocol/tags.js';
import { themeOf } from '../framework/protocol/theme.js';

function readBoot(): BootState {
  const text = document.getElementById('kite-boot')?.textContent;
  if (!text) throw new Error('kite: the page has no #kite-boot state');
  return JSON.parse(text) as BootState;
}

/** Boots the page: renders the embedded tree at once, then keeps it live over the websocket. */
async function start(): Promise<void> {
  const boot = readBoot();
  const store = new Store(boot);
  const status = createStatusView(document);
  const instances = new Map<ElementId, unknown>();
  const tab = tabId(sessionStorage);
  const app = createApp({ render: () => h(ElementView, { key: store.tree.root, id: store.tree.root }) });
  const notify = lazyNotify(app);

  const here = (): string => location.pathname + location.search;
  let remounts = 0;
  const connection: Connection = new Connection(store, {
    url: (seq) => socketUrl(location, boot, seq, tab),
    open: openWebSocket,
    clock: systemClock,
    random: Math.random,
    status,
    mayReload: () => mayReloadForUnknownClient(sessionStorage, Date.now()),
    reload: () => {
      keepForReload(sessionStorage, here(), store.keyedValues({ secrets: false }), Date.now());
      location.reload();
    },
    path: here,
    build: boot.build,
    remounted: (remount, translation) => {
      remounts++;
      boot.client = remount.client;
      boot.token = remount.token;
      document.title = remount.title;
      keepFocusAcross(document, instances, translation);
    },
    navigate: (url) => location.assign(url),
    onCall: (op) =>
      runCall(op, {
        notify,
        instances,
        sendResult: (call, result) => connection.sendResult(call, result),
        clipboard: navigator.clipboard,
      }),
  });

  const context: ViewContext = {
    get: (id) => store.get(id),
    resolve: components.resolve,
    sendEvent: (id, name, args) => void connection.sendEvent(id, name, args),
    changeValue: (id, value) => {
      const edits = store.editValue(id, value);
      if (edits !== undefined) connection.sendValue(id, toJsonSafe(value), edits);
    },
    instances,
    clock: systemClock,
  };

  app.provide(viewContextKey, context);
  // The page's dark mode from the start (the first HTML has it too), not after k-dark-mode loads.
  app.use(Quasar, { config: { dark: themeOf(store.tree.elements.values()).dark } });
  await components.loadAll(neededTags(store.tree.elements.values()));
  retype(takeRecovered(sessionStorage, here(), Date.now()), store, context);
  app.mount('#kite-app');
  connection.connect();

  addEventListener('pagehide', (event) => (event.persisted ? connection.pause() : connection.leave()));
  addEventListener('pageshow', (event) => event.persisted && connection.resume());
  addEventListener('online', () => connection.retryNow());

  // Read-only handles for end-to-end tests.
  Object.defineProperty(window, '__kite', {
    value: Object.freeze({
      store,
      connection,
      get seq() {
        return store.seq;
      },
      get connected() {
        return connection.connected;
      },
      get socket() {
        return connection.socket;
      },
      /** How often the page was rebuilt by a server that did not know it (restarts). */
      get remounts() {
        return remounts;
      },
    }),
  });
}

/** Types values kept from before a reload into the fresh page, as the user would: they go out once connected. */
function retype(values: [string, unknown][], store: Store, context: ViewContext): void {
  if (values.length === 0) return;
  const byKey = store.valueElementsByKey();
  for (const [key, value] of values) {
    const id = byKey.get(key);
    if (id !== undefined && JSON.stringify(store.get(id)?.v) !== JSON.stringify(value)) context.changeValue(id, value);
  }
}

/** Starts the page (main.ts); a failure leaves a message with a Reload button. */
export function startRuntime(): void {
  start().catch((error: unknown) => {
    console.error(error);
    createStatusView(document).fatal('This page failed to start.');
  });
}
