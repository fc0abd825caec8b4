import { beforeEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick, reactive, ref } from 'vue';
import KNotification from '../../../client-runtime/components/KNotification.js';
import { mountToy } from '../toy-renderer.js';

/** A stand-in for Quasar's Notify.create: records what is shown, updated and dismissed. */
const quasar = vi.hoisted(() => {
  type Options = Record<string, unknown> & { onDismiss?: () => void };
  const log: unknown[][] = [];
  const visible = new Set<Options>();
  const create = (options: Options) => {
    let current = options;
    visible.add(current);
    log.push(['create', { ...options, onDismiss: undefined }]);
    return (update?: Options) => {
      if (!visible.has(current)) return;
      if (update === undefined) {
        visible.delete(current);
        log.push(['dismiss']);
        current.onDismiss?.();
        return;
      }
      visible.delete(current);
      current = { ...current, ...update };
      visible.add(current);
      log.push(['update', update]);
    };
  };
  /** What the tab does on its own: the timeout or the close button. */
  const dismissByTab = () => {
    for (const options of [...visible]) {
      visible.delete(options);
      options.onDismiss?.();
    }
  };
  /** The plugin's load; a test may hold it back. */
  const plugin = { loaded: Promise.resolve(create) };
  return { log, visible, create, dismissByTab, plugin };
});

vi.mock('../../../client-runtime/notify.js', () => ({ loadNotify: () => quasar.plugin.loaded }));

function mount(props: Record<string, unknown>) {
  const state = reactive(props);
  const present = ref(true);
  const dismissed = vi.fn();
  mountToy({ render: () => (present.value ? h(KNotification, { ...state, onDismiss: dismissed }) : null) }, () => undefined);
  return { state, present, dismissed };
}

const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await nextTick();
};

beforeEach(() => {
  quasar.log.length = 0;
  quasar.visible.clear();
  quasar.plugin.loaded = Promise.resolve(quasar.create);
});

describe('KNotification', () => {
  it('shows an updatable notification, as text', async () => {
    mount({ message: 'Saving', type: 'ongoing' });
    await settle();
    expect(quasar.log).toEqual([['create', { message: 'Saving', type: 'ongoing', html: false, group: false, onDismiss: undefined }]]);
  });

  it('updates it in place, once for all the props one patch changed', async () => {
    const { state, dismissed } = mount({ message: 'Saving', spinner: true, timeout: 0 });
    await settle();
    state.message = 'Saved';
    state.spinner = false;
    state.type = 'positive';
    await settle();
    expect(quasar.log.slice(1)).toEqual([['update', { message: 'Saved', spinner: false, type: 'positive', timeout: 0, html: false }]]);
    expect(dismissed).not.toHaveBeenCalled();
  });

  it('replaces it, silently, when an option is taken away or it moves', async () => {
    const { state, dismissed } = mount({ message: 'a', caption: 'c' });
    await settle();
    state.caption = undefined;
    await settle();
    state.position = 'top';
    await settle();
    expect(quasar.log.slice(1).map((entry) => entry[0])).toEqual(['dismiss', 'create', 'dismiss', 'create']);
    expect(quasar.log[4]).toEqual(['create', { message: 'a', position: 'top', html: false, group: false, onDismiss: undefined }]);
    expect(quasar.visible.size).toBe(1);
    expect(dismissed).not.toHaveBeenCalled();
  });

  it('tells the server once when the tab dismisses it, and then leaves it alone', async () => {
    const { state, present, dismissed } = mount({ message: 'Heads up', closeBtn: true });
    await settle();
    quasar.dismissByTab();
    expect(dismissed).toHaveBeenCalledTimes(1);
    state.message = 'changed meanwhile';
    await settle();
    present.value = false;
    await settle();
    expect(quasar.log.map((entry) => entry[0])).toEqual(['create']);
    expect(dismissed).toHaveBeenCalledTimes(1);
  });

  it('dismisses it without telling the server when its element is removed', async () => {
    const { present, dismissed } = mount({ message: 'Uploading' });
    await settle();
    present.value = false;
    await settle();
    expect(quasar.log.map((entry) => entry[0])).toEqual(['create', 'dismiss']);
    expect(quasar.visible.size).toBe(0);
    expect(dismissed).not.toHaveBeenCalled();
  });

  it('shows nothing when its element is removed before the plugin has loaded', async () => {
    let load!: (create: typeof quasar.create) => void;
    quasar.plugin.loaded = new Promise((resolve) => (load = resolve));
    const { present } = mount({ message: 'brief' });
    present.value = false;
    await settle();
    load(quasar.create);
    await settle();
    expect(quasar.log).toEqual([]);
  });
});
