import { bindOneWay, bindTwoWay, startAnnouncing, type Announcer, type BindingOwner } from './binding.js';
import { KiteError } from './errors.js';

/** What a value element looks like to the type checker (elements/mixins/value.ts). */
interface ValueSource {
  value: unknown;
  onChange(handler: never): unknown;
}

/** Element properties that announce their changes, and so can be bound from or two-way. */
export type AnnouncedKey<E> = E extends ValueSource ? 'value' | 'text' | 'visible' : 'text' | 'visible';

/** The keys of `S` a binding can follow: a model's string keys, or an element's announced properties. */
export type SourceKey<S> = S extends Bindable ? AnnouncedKey<S> & keyof S : Extract<keyof S, string>;

/** Keys of `S` whose values can be used as a `V` (one-way bindings from `S` without a transform). */
export type KeyFrom<S, V> = { [K in SourceKey<S>]: S[K] extends V ? K : never }[SourceKey<S>];

/** Keys of `S` that can take a `V` (one-way bindings to `S` without a transform). */
export type KeyTo<S, V> = { [K in SourceKey<S>]: V extends S[K] ? K : never }[SourceKey<S>];

/** Keys of `S` holding exactly a `V` (two-way bindings without transforms). */
export type KeyOf<S, V> = KeyFrom<S, V> & KeyTo<S, V>;

/**
 * The transforms of a two-way binding, named as in NiceGUI: `forward` from the element to the
 * model, `backward` from the model to the element. Without one, the value passes as it is.
 */
export interface Transforms<Mine, Theirs> {
  forward?: (value: Mine) => Theirs;
  backward?: (value: Theirs) => Mine;
}

type Any = (value: never) => unknown;

/**
 * The binding methods of every element (the base class of `Element`; a value element adds
 * `bindValue*`). A binding keeps a property of this element in step with a property of an
 * observable model (`observable()`) or of another element (`text`, `visible`, a value element's
 * `value`): `...From` follows the source, `...To` writes into it, the plain name does both.
 * Changes propagate at once, with no polling; bindings end when this element is deleted.
 *
 * This class has no fields: elements that bind nothing pay nothing for it.
 */
export abstract class Bindable implements BindingOwner, Announcer {
  abstract readonly client: object;
  abstract text: string;
  abstract visible: boolean;
  abstract enabled: boolean;
  abstract setProp(key: string, value: unknown): this;
  /** Internal: keeps a binding until this element is deleted. */
  abstract holdBinding(binding: { dispose(): void }): void;
  /** Internal: runs one propagation step in this element's scope, behind its client's error boundary. */
  abstract runBinding(apply: (value: unknown) => void, value: unknown): void;
  /** Internal: from now on changes of this element's announced properties are announced. */
  abstract [startAnnouncing](): void;

  /** Shows `source[key]` as this element's text (through `transform`); null and undefined show as ''. */
  bindTextFrom<S extends object, K extends SourceKey<S>>(source: S, key: K, transform?: (value: S[K]) => string | number): this {
    this.checkPeer(source);
    bindOneWay(this, source, key, (value) => (this.text = asText(transform ? transform(value as S[K]) : value)));
    return this;
  }

  /** Writes this element's text into `target[key]` whenever server code changes it. */
  bindTextTo<T extends object, K extends KeyTo<T, string>>(target: T, key: K): this;
  bindTextTo<T extends object, K extends SourceKey<T>>(target: T, key: K, transform: (text: string) => T[K]): this;
  bindTextTo(target: object, key: string, transform?: Any): this {
    this.checkPeer(target);
    bindOneWay(this, this, 'text', into(target, key, transform));
    return this;
  }

  /** Two-way between this element's text and `model[key]`. */
  bindText<S extends object, K extends KeyOf<S, string>>(model: S, key: K, transforms?: Transforms<string, S[K]>): this;
  bindText<S extends object, K extends SourceKey<S>>(model: S, key: K, transforms: Required<Transforms<string, S[K]>>): this;
  bindText(model: object, key: string, transforms: { forward?: Any; backward?: Any } = {}): this {
    this.checkPeer(model);
    const { forward, backward } = transforms;
    bindTwoWay(this, this, 'text', model, key, (value) => (this.text = asText(backward ? backward(value as never) : value)), into(model, key, forward));
    return this;
  }

  /** Shows this element while `transform(source[key])` (by default `source[key]` itself) is truthy. */
  bindVisibilityFrom<S extends object, K extends SourceKey<S>>(source: S, key: K, transform?: (value: S[K]) => boolean): this {
    this.checkPeer(source);
    bindOneWay(this, source, key, (value) => (this.visible = Boolean(transform ? transform(value as S[K]) : value)));
    return this;
  }

  /** Writes this element's visibility into `target[key]` whenever server code changes it. */
  bindVisibilityTo<T extends object, K extends KeyTo<T, boolean>>(target: T, key: K): this;
  bindVisibilityTo<T extends object, K extends SourceKey<T>>(target: T, key: K, transform: (visible: boolean) => T[K]): this;
  bindVisibilityTo(target: object, key: string, transform?: Any): this {
    this.checkPeer(target);
    bindOneWay(this, this, 'visible', into(target, key, transform));
    return this;
  }

  /** Two-way between this element's visibility and `model[key]`. */
  bindVisibility<S extends object, K extends KeyOf<S, boolean>>(model: S, key: K, transforms?: Transforms<boolean, S[K]>): this;
  bindVisibility<S extends object, K extends SourceKey<S>>(model: S, key: K, transforms: Required<Transforms<boolean, S[K]>>): this;
  bindVisibility(model: object, key: string, transforms: { forward?: Any; backward?: Any } = {}): this {
    this.checkPeer(model);
    const { forward, backward } = transforms;
    bindTwoWay(this, this, 'visible', model, key, (value) => (this.visible = Boolean(backward ? backward(value as never) : value)), into(model, key, forward));
    return this;
  }

  /** Enables this element while `transform(source[key])` (by default `source[key]` itself) is truthy. */
  bindEnabledFrom<S extends object, K extends SourceKey<S>>(source: S, key: K, transform?: (value: S[K]) => boolean): this {
    this.checkPeer(source);
    bindOneWay(this, source, key, (value) => (this.enabled = Boolean(transform ? transform(value as S[K]) : value)));
    return this;
  }

  /** Sets the component prop `prop` to `source[key]` (through `transform`); undefined removes the prop. */
  bindPropFrom<S extends object, K extends SourceKey<S>>(prop: string, source: S, key: K, transform?: (value: S[K]) => unknown): this {
    this.checkPeer(source);
    bindOneWay(this, source, key, (value) => this.setProp(prop, transform ? transform(value as S[K]) : value));
    return this;
  }

  /**
   * Internal: a binding between elements of two clients would keep a deleted client's whole tree
   * alive through the other; clients share state through a model instead.
   */
  protected checkPeer(other: object): void {
    if (other instanceof Bindable && other.client !== this.client)
      throw new KiteError('cannot bind elements of different clients (tabs): bind both to a shared observable model instead');
  }
}

/** A listener that writes `target[key]` (through `transform`). */
export function into(target: object, key: string, transform: Any | undefined): (value: unknown) => void {
  return (value) => {
    (target as Record<string, unknown>)[key] = transform ? transform(value as never) : value;
  };
}

function asText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
