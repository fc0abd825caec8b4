import type { QNotifyCreateOptions } from 'quasar';
import { defineComponent, getCurrentInstance, onBeforeUnmount, watch, type PropType } from 'vue';
import { loadNotify, type NotifyCreate } from '../notify.js';
import { mustReplace, notificationOptions } from './notification-options.js';

type Update = (options?: QNotifyCreateOptions) => void;

const optional = <T>(type: PropType<T>) => ({ type, default: undefined });

/**
 * `ui.notification`: a Quasar notification that follows its element. Prop changes update it in
 * place; removing the element dismisses it; when the tab dismisses it (timeout, close button)
 * the component emits `dismiss` for the server. It renders nothing where it sits.
 */
export default defineComponent({
  name: 'KNotification',
  inheritAttrs: false,
  props: {
    message: optional(String),
    caption: optional(String),
    type: optional(String),
    color: optional(String),
    icon: optional(String),
    spinner: optional(Boolean),
    progress: optional(Boolean),
    timeout: optional(Number),
    position: optional(String),
    closeBtn: optional([Boolean, String] as PropType<boolean | string>),
    multiLine: optional(Boolean),
  },
  emits: ['dismiss'],
  setup(props, { emit }) {
    const app = getCurrentInstance()!.appContext.app;
    let create: NotifyCreate | undefined;
    let shown: { options: QNotifyCreateOptions; update: Update; silence(): void } | undefined;
    /** Unmounted, or dismissed by the tab: nothing more to show. */
    let gone = false;

    const show = (options: QNotifyCreateOptions): void => {
      let silenced = false;
      const onDismiss = (): void => {
        if (silenced || gone) return;
        gone = true;
        emit('dismiss');
      };
      const update = create!({ ...options, group: false, onDismiss });
      shown = update ? { options, update, silence: () => (silenced = true) } : undefined;
    };

    /** Takes the shown one away without telling the server, which asked for it or already knows. */
    const hide = (): void => {
      shown?.silence();
      shown?.update();
      shown = undefined;
    };

    loadNotify(app).then(
      (notify) => {
        create = notify;
        if (!gone) show(notificationOptions(props));
      },
      (error: unknown) => console.error('kite: cannot load notifications', error),
    );

    watch(
      () => notificationOptions(props),
      (next) => {
        if (gone || !create) return;
        if (!shown || mustReplace(shown.options, next)) {
          hide();
          show(next);
        } else {
          shown.update(next);
          shown.options = next;
        }
      },
    );

    onBeforeUnmount(() => {
      if (!gone) hide();
      gone = true;
    });

    return () => null;
  },
});
