import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, shallowRef, type Component } from 'vue';
import { createRegistry, type Components, type Loader } from '../../client-runtime/registry.js';
import { find, findAll, mountToy, textOf } from './toy-renderer.js';

const fake = (name: string): Component => defineComponent({ name, setup: (_props, { slots }) => () => h(name.toLowerCase(), slots.default?.()) });
const Btn = fake('Btn');
const Card = fake('Card');
const Input = fake('Input');
const Badge = fake('Badge');

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function setup(overrides: { group?: () => Promise<{ default: Components }>; badge?: Loader } = {}) {
  const group = vi.fn(overrides.group ?? (async () => ({ default: { 'q-card': Card, 'q-input': Input } })));
  const badge = vi.fn(overrides.badge ?? (async () => ({ default: Badge })));
  const catalog = vi.fn(async () => ({ default: { 'q-badge': badge } as Record<string, Loader> }));
  const registry = createRegistry({ eager: { 'q-btn': Btn }, groups: [[['q-card', 'q-input'], group]], catalog });
  return { registry, group, badge, catalog };
}

describe('createRegistry', () => {
  it('resolves eager components at once and HTML tags as themselves, loading nothing', () => {
    const { registry, group, catalog } = setup();
    expect(registry.resolve('q-btn')).toBe(Btn);
    expect(registry.resolve('div')).toBe('div');
    expect(registry.resolve('span')).toBe('span');
    expect(group).not.toHaveBeenCalled();
    expect(catalog).not.toHaveBeenCalled();
  });

  it('loads a group once for all of its tags', async () => {
    const { registry, group, catalog } = setup();
    await registry.loadAll(['q-card', 'q-input', 'q-btn', 'div']);
    expect(group).toHaveBeenCalledTimes(1);
    expect(registry.resolve('q-card')).toBe(Card);
    expect(registry.resolve('q-input')).toBe(Input);
    expect(catalog).not.toHaveBeenCalled();
  });

  it('loads other components through the catalog, and renders unknown q- tags as HTML once it knows', async () => {
    const { registry, badge } = setup();
    expect(registry.resolve('q-badge')).toBeUndefined();
    expect(registry.resolve('q-nope')).toBeUndefined();
    await flush();
    expect(registry.resolve('q-badge')).toBe(Badge);
    expect(registry.resolve('q-nope')).toBe('q-nope');
    await registry.load('q-badge');
    expect(badge).toHaveBeenCalledTimes(1);
  });

  it('retries a group whose load failed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const { registry, group } = setup({ group: async () => (fail ? Promise.reject(new Error('offline')) : { default: { 'q-card': Card, 'q-input': Input } }) });
    await registry.loadAll(['q-card', 'q-input']);
    expect(error).toHaveBeenCalledTimes(2);
    fail = false;
    await registry.load('q-input');
    expect(registry.resolve('q-card')).toBe(Card);
    expect(group).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('forgets a failed load, so the next render retries it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const { registry, badge } = setup({ badge: async () => (fail ? Promise.reject(new Error('offline')) : { default: Badge }) });
    await registry.load('q-badge');
    expect(error).toHaveBeenCalledWith('kite: cannot load <q-badge>', expect.any(Error));
    expect(registry.resolve('q-badge')).toBeUndefined();
    fail = false;
    await flush();
    expect(registry.resolve('q-badge')).toBe(Badge);
    expect(badge).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('renders a loading component as nothing, then the component once it has loaded', async () => {
    const { registry } = setup();
    const root = mountToy({ render: () => h('main', [registry.resolve('q-card') ? h(registry.resolve('q-card') as Component, null, () => 'hi') : null]) }, () => {});
    expect(findAll(root, 'card')).toHaveLength(0);
    await flush();
    await nextTick();
    expect(textOf(find(root, 'card'))).toBe('hi');
  });

  it('makes deferred stand-ins that render the real component and reach its methods', async () => {
    const scrolled: unknown[] = [];
    const Scroller = defineComponent({
      props: { items: { type: Array, default: () => [] } },
      setup(props, { expose, slots }) {
        expose({ scrollTo: (index: number) => scrolled.push(index) });
        return () => h('scroller', { count: props.items.length }, slots.default?.());
      },
    });
    const { registry } = setup({ badge: async () => ({ default: Scroller }) });
    const Deferred = registry.deferred('q-badge');
    const ref = shallowRef<{ scrollTo(index: number): void } | null>(null);
    const root = mountToy({ render: () => h('main', [h(Deferred, { ref, items: [1, 2, 3] }, () => 'rows')]) }, () => {});
    expect(findAll(root, 'scroller')).toHaveLength(0);
    ref.value!.scrollTo(1); // nothing rendered yet: a no-op
    await flush();
    await nextTick();
    const scroller = find(root, 'scroller');
    expect(scroller.props.count).toBe(3);
    expect(textOf(scroller)).toBe('rows');
    ref.value!.scrollTo(7);
    expect(scrolled).toEqual([7]);
  });
});
