import type { Client } from '../core/client.js';
import { Element, type ElementEvent, type OnOptions } from '../core/element.js';
import { KiteError } from '../core/errors.js';
import { own } from '../core/own-keys.js';
import { withBuilder, type Builder } from './mixins/builder.js';

/** Event name -> its arguments, as a component declares them: `defineEmits<{ change: [color: string] }>()`. */
export type ComponentEvents<Events> = { [K in keyof Events]: unknown[] };

/** Checks the arguments of one event from the tab: returns them typed, or undefined to drop the event. */
export type ArgsCheck<Args> = (args: readonly unknown[]) => Args | undefined;

/** An event of a custom component, its arguments checked. */
export interface ComponentEvent<Args, E extends Element = Element> {
  readonly sender: E;
  readonly client: Client;
  readonly name: string;
  readonly args: Args;
}

export type ComponentEventHandler<Args, E extends Element = Element> = (event: ComponentEvent<Args, E>) => unknown;

export interface ComponentDefinition<Events> {
  /** One check per event the server may listen to: the browser is not trusted. */
  events: { [K in keyof Events]: ArgsCheck<Events[K]> };
}

/** `defineComponent`'s result: creates one element of the component (children go to its default slot). */
export type ComponentFactory<Props extends object, Events extends ComponentEvents<Events>> = (props: Props, builder?: Builder) => CustomComponent<Props, Events>;

const TAG = /^k-[a-z0-9]+(-[a-z0-9]+)*$/;

function checkTag(tag: string): string {
  if (!TAG.test(tag)) throw new KiteError(`defineComponent: "${tag.slice(0, 40)}" is not a custom component tag (k-name, lowercase, as in kite.components.json)`);
  return tag;
}

/**
 * An element rendered by a page author's Vue component (a `.vue` file the build compiles, listed
 * in kite.components.json). Props are typed and sent as props; `.on(event, handler)` listens to
 * the component's emits, whose arguments are checked before the handler runs (a failed check
 * drops the event and counts it, like any event the server does not accept).
 */
export class CustomComponent<Props extends object, Events extends ComponentEvents<Events> = Record<never, never>> extends Element {
  private readonly checks: Partial<Record<string, ArgsCheck<unknown>>>;
  private readonly wrapped = new WeakMap<ComponentEventHandler<never, never>, (event: ElementEvent) => unknown>();

  constructor(tag: string, props: Props, definition?: ComponentDefinition<Events>) {
    super(checkTag(tag));
    this.checks = (definition?.events ?? {}) as Record<string, ArgsCheck<unknown>>;
    this.set(props);
  }

  /** Sets props; each changed one is sent on its own, `undefined` removes one. */
  set(props: Partial<Props>): this {
    for (const [name, value] of Object.entries(props)) this.setProp(name, value);
    return this;
  }

  get<K extends keyof Props & string>(name: K): Props[K] {
    return this.getProp(name) as Props[K];
  }

  /** Runs `handler` when the component emits `name`, with the arguments its check accepted. */
  override on<K extends keyof Events & string>(name: K, handler: ComponentEventHandler<Events[K], this>, options?: OnOptions): this {
    const check = own(this.checks, name);
    if (!check) throw new KiteError(`<${this.tag}> has no check for its "${name}" event: add one to defineComponent's events`);
    const run = (event: ElementEvent): unknown => {
      const args = check(event.args) as Events[K] | undefined;
      if (args === undefined) return void this.client.dropped++;
      return handler({ sender: this, client: event.client, name, args });
    };
    this.wrapped.set(handler as ComponentEventHandler<never, never>, run);
    return super.on(name, run, options);
  }

  /** Stops listening (one handler, or every handler of that event). */
  override off<K extends keyof Events & string>(name: K, handler?: ComponentEventHandler<Events[K], this>): this {
    if (!handler) return super.off(name);
    const run = this.wrapped.get(handler as ComponentEventHandler<never, never>);
    return run ? super.off(name, run) : this;
  }
}

/**
 * Declares a page author's Vue component on the server: its tag (as in kite.components.json), its
 * props and its events with a check for each. Returns a factory like the `ui` ones:
 *
 * `const colorSwatch = defineComponent<SwatchProps, { change: [color: string] }>('k-color-swatch', { events: { change: ([c]) => (typeof c === 'string' ? [c] : undefined) } })`
 * then `colorSwatch({ color: '#f00' }).on('change', (e) => save(e.args[0]))`.
 */
export function defineComponent<Props extends object, Events extends ComponentEvents<Events> = Record<never, never>>(
  tag: string,
  ...definition: keyof Events extends never ? [ComponentDefinition<Events>?] : [ComponentDefinition<Events>]
): ComponentFactory<Props, Events> {
  checkTag(tag);
  return (props, builder) => withBuilder(new CustomComponent<Props, Events>(tag, props, definition[0]), builder);
}
