import type { App } from 'vue';
import type { NotifyOptions } from '../framework/protocol/messages.js';

type Create = (options: NotifyOptions) => void;

/**
 * Quasar's Notify plugin, installed on the first notification rather than at boot: it brings
 * QBtn, QIcon, QAvatar and QSpinner, which most first loads do not need. It is installed the way
 * `app.use(Quasar, { plugins })` does it, through the plugin's `install({ $q, parentApp })`.
 */
export function lazyNotify(app: App): Create {
  let ready: Promise<Create> | undefined;
  const install = async (): Promise<Create> => {
    const { default: Notify } = await import('quasar/src/plugins/notify/Notify.js');
    Notify.install({ $q: app.config.globalProperties.$q, parentApp: app });
    Notify.__installed = true;
    return (options) => void Notify.create(options);
  };
  return (options) => {
    ready ??= install();
    ready.then(
      (create) => create(options),
      (error: unknown) => {
        ready = undefined;
        console.error('kite: cannot load notifications', error);
      },
    );
  };
}
