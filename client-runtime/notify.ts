import type { QNotifyCreateOptions } from 'quasar';
import type { App } from 'vue';
import type { NotifyOptions } from '../framework/protocol/messages.js';

/**
 * Quasar's `Notify.create`: shows a notification and, for one created with `group: false`,
 * returns its update function (called with options it updates, without it dismisses); false
 * when Quasar refuses the options.
 */
export type NotifyCreate = (options: QNotifyCreateOptions) => ((options?: QNotifyCreateOptions) => void) | false;

const plugins = new WeakMap<App, Promise<NotifyCreate>>();

/**
 * Quasar's Notify plugin, installed on the first notification rather than at boot: it brings
 * QBtn, QIcon, QAvatar and QSpinner, which most first loads do not need. It is installed the way
 * `app.use(Quasar, { plugins })` does it, through the plugin's `install({ $q, parentApp })`.
 * Once per app: `ui.notify` and `ui.notification` share it. A failed load is forgotten, so the
 * next notification tries again.
 */
export function loadNotify(app: App): Promise<NotifyCreate> {
  let plugin = plugins.get(app);
  if (!plugin) {
    plugin = import('quasar/src/plugins/notify/Notify.js').then(({ default: Notify }) => {
      Notify.install({ $q: app.config.globalProperties.$q, parentApp: app });
      Notify.__installed = true;
      return (options) => Notify.create(options) as ReturnType<NotifyCreate>;
    });
    plugin.catch(() => plugins.delete(app));
    plugins.set(app, plugin);
  }
  return plugin;
}

/** `ui.notify`'s fire-and-forget notifications. */
export function lazyNotify(app: App): (options: NotifyOptions) => void {
  return (options) => {
    loadNotify(app).then(
      (create) => void create(options),
      (error: unknown) => console.error('kite: cannot load notifications', error),
    );
  };
}
