import type { ElementId, ListenerSpec } from '../framework/protocol/messages.js';
import { serializeArgs } from './args.js';
import type { Clock } from './clock.js';
import { modifierGuard, parseListenerName } from './keys.js';
import { throttle } from './throttle.js';

export type SendEvent = (id: ElementId, name: string, args: unknown[]) => void;
export type Handler = (...args: unknown[]) => void;
export type ListenerProps = Record<string, Handler | Handler[]>;

/** Adds a handler to Vue listener props; two listeners on one prop become an array, as Vue allows. */
export function addHandler(props: Record<string, unknown>, prop: string, handler: Handler): void {
  const existing = props[prop] as Handler | Handler[] | undefined;
  props[prop] = existing === undefined ? handler : [existing, handler].flat();
}

/**
 * The Vue listener for one `on` entry: checks modifiers, keeps only the requested event keys
 * (serialized when the event fires, while the DOM event is still current) and throttles sends.
 */
export function createListener(
  id: ElementId,
  name: string,
  spec: ListenerSpec,
  send: SendEvent,
  clock: Clock,
): { prop: string; handler: Handler } {
  const { event, prop, modifiers } = parseListenerName(name);
  const passes = modifierGuard(event, modifiers);
  const emit = (args: unknown[]): void => send(id, name, args);
  const deliver = spec.t && spec.t > 0 ? throttle(emit, spec.t, clock) : emit;
  const handler: Handler = (...args) => {
    if (passes(args[0])) deliver(serializeArgs(args, spec.a));
  };
  return { prop, handler };
}

/**
 * The listeners of one element view. Handlers are reused across renders while their spec is
 * unchanged, so a throttle keeps its state and Vue does not rebind DOM listeners on each patch.
 */
export class ElementListeners {
  private readonly cache = new Map<string, { signature: string; prop: string; handler: Handler }>();

  constructor(
    private readonly id: ElementId,
    private readonly send: SendEvent,
    private readonly clock: Clock,
  ) {}

  props(on: Record<string, ListenerSpec> | undefined): ListenerProps {
    const props: ListenerProps = {};
    for (const name of this.cache.keys()) if (!on || !Object.hasOwn(on, name)) this.cache.delete(name);
    if (!on) return props;
    for (const name in on) {
      const spec = on[name]!;
      const signature = `${spec.a?.join(',') ?? ''}|${spec.t ?? 0}`;
      let entry = this.cache.get(name);
      if (entry?.signature !== signature) {
        entry = { signature, ...createListener(this.id, name, spec, this.send, this.clock) };
        this.cache.set(name, entry);
      }
      addHandler(props, entry.prop, entry.handler);
    }
    return props;
  }
}
