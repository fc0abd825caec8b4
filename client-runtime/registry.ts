import { defineComponent, h, shallowReactive, shallowRef, type Component } from 'vue';
import { mayBeComponentTag } from './tags.js';

/** Component modules loaded on demand, by tag. */
export type Components = Readonly<Record<string, Component>>;
export type Loader = () => Promise<{ default: Component }>;

export interface RegistrySources {
  /** Components bundled with the runtime. */
  eager: Components;
  /** Groups loaded as one chunk: the tags of each and the loader of the whole group. */
  groups: readonly (readonly [tags: readonly string[], load: () => Promise<{ default: Components }>])[];
  /** The loaders of every other component, themselves loaded on demand (they are only names and paths). */
  catalog: () => Promise<{ default: Readonly<Record<string, Loader>> }>;
}

export interface Registry {
  /** Loads a tag's component once; a failed load is forgotten so the next render retries it. */
  load(tag: string): Promise<void>;
  /** Loads the components of many tags in parallel (before the first render). */
  loadAll(tags: Iterable<string>): Promise<void>;
  /**
   * What to render for a tag: its component, the tag itself when it is not a component (an HTML
   * tag), or undefined while the component is loading (the view renders nothing and re-renders
   * when the load completes: the registry is reactive).
   */
  resolve(tag: string): Component | string | undefined;
  /**
   * A stand-in for a component that another component renders only sometimes (QTable's
   * rows-per-page select): it renders the real one, loading it on first use.
   */
  deferred(tag: string): Component;
}

const noop = (): void => {};

export function createRegistry(sources: RegistrySources): Registry {
  const loaded = shallowReactive(new Map<string, Component>(Object.entries(sources.eager)));
  /** Tags known not to be components (after the catalog loaded): rendered as HTML. */
  const html = shallowReactive(new Set<string>());
  const loading = new Map<string, Promise<void>>();
  const groupOf = new Map<string, () => Promise<{ default: Components }>>();
  for (const [tags, load] of sources.groups) for (const tag of tags) groupOf.set(tag, load);

  /** Loads a group once for all of its tags (a failed load is forgotten, like a tag's). */
  const groupLoads = new Map<() => Promise<{ default: Components }>, Promise<void>>();
  const loadGroup = (group: () => Promise<{ default: Components }>): Promise<void> => {
    let pending = groupLoads.get(group);
    if (!pending) {
      pending = group().then((module) => {
        for (const [name, component] of Object.entries(module.default)) loaded.set(name, component);
      });
      pending.catch(() => groupLoads.delete(group));
      groupLoads.set(group, pending);
    }
    return pending;
  };

  const fetchComponent = async (tag: string): Promise<void> => {
    const group = groupOf.get(tag);
    if (group) return loadGroup(group);
    const catalog = (await sources.catalog()).default;
    const loader = Object.hasOwn(catalog, tag) ? catalog[tag] : undefined;
    if (loader) loaded.set(tag, (await loader()).default);
    else html.add(tag);
  };

  const load = (tag: string): Promise<void> => {
    if (loaded.has(tag) || html.has(tag) || !mayBeComponentTag(tag)) return Promise.resolve();
    let pending = loading.get(tag);
    if (!pending) {
      pending = fetchComponent(tag)
        .catch((error: unknown) => console.error(`kite: cannot load <${tag}>`, error))
        .finally(() => loading.delete(tag));
      loading.set(tag, pending);
    }
    return pending;
  };

  const resolve = (tag: string): Component | string | undefined => {
    const component = loaded.get(tag);
    if (component) return component;
    if (html.has(tag) || !mayBeComponentTag(tag)) return tag;
    void load(tag);
    return undefined;
  };

  return {
    load,
    loadAll: async (tags) => void (await Promise.all(Array.from(tags, load))),
    resolve,
    deferred: (tag) =>
      defineComponent({
        name: 'KiteDeferred',
        inheritAttrs: false,
        setup(_props, { attrs, slots, expose }) {
          const inner = shallowRef<Record<PropertyKey, unknown> | null>(null);
          const setInner = (instance: unknown): void => void (inner.value = instance as Record<PropertyKey, unknown> | null);
          // A template ref to the stand-in reaches the real component's methods; before it has
          // loaded there is nothing rendered to act on, and its methods do nothing.
          const forwarded = (key: PropertyKey): key is string => typeof key === 'string' && !key.startsWith('__v');
          expose(
            new Proxy(
              {},
              {
                has: (_target, key) => forwarded(key),
                get: (_target, key) => (!forwarded(key) ? undefined : inner.value ? inner.value[key] : noop),
              },
            ),
          );
          return () => {
            const type = resolve(tag);
            return type === undefined ? null : h(type, { ...attrs, ref: setInner }, slots);
          };
        },
      }),
  };
}
