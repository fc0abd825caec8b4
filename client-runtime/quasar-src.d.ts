/** Quasar's per-module sources (untyped JS) that the runtime imports lazily by path. */
declare module 'quasar/src/components/*' {
  import type { Component } from 'vue';
  const component: Component;
  export default component;
}

declare module 'quasar/src/plugins/notify/Notify.js' {
  import type { App } from 'vue';
  import type { QNotifyCreateOptions } from 'quasar';
  const Notify: {
    install(options: { $q: unknown; parentApp: App }): void;
    create(options: QNotifyCreateOptions): unknown;
    __installed?: boolean;
  };
  export default Notify;
}
