import { Element } from '../core/element.js';

export interface Refreshable<A extends unknown[]> {
  /** Builds the content here, inside a container that `refresh` rebuilds. */
  (...args: A): Element;
  /** Rebuilds every live instance (with new arguments, or the ones each was built with). */
  refresh(...args: A | []): void;
}

/**
 * `const list = ui.refreshable((filter: string) => { ... })`: call it to build, `list.refresh()` to
 * rebuild. Elements inside are replaced, so prefer changing properties for frequent updates.
 */
export function refreshable<A extends unknown[]>(build: (...args: A) => unknown): Refreshable<A> {
  const instances = new Set<{ container: Element; args: A }>();
  // Each build gets a container of its own: an async build that a refresh overtook adds its late
  // elements to a deleted container (they are discarded), never to the newer content.
  const render = (instance: { container: Element; args: A }): void => {
    instance.container.clear();
    const content = new Element('div', { parent: instance.container }).style({ display: 'contents' });
    content.within(() => build(...instance.args));
  };
  const create = ((...args: A): Element => {
    const container = new Element('div').style({ display: 'contents' });
    const instance = { container, args };
    instances.add(instance);
    container.onDispose(() => instances.delete(instance));
    render(instance);
    return container;
  }) as Refreshable<A>;
  create.refresh = (...args: A | []): void => {
    for (const instance of instances) {
      if (args.length) instance.args = args as A;
      render(instance);
    }
  };
  return create;
}
