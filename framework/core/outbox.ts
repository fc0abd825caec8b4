import type { ElementId, ElementPatch, ElementSpec, Op } from '../protocol/messages.js';

/** Fields of an element that change independently; props are tracked per key. */
export const enum Field {
  Value = 1,
  Classes = 2,
  Style = 4,
  Text = 8,
  Children = 16,
  Listeners = 32,
  Hidden = 64,
  ScopedSlots = 128,
}

/** What the outbox needs from an element: its full spec, and a patch of what changed. */
export interface Renderable {
  readonly id: ElementId;
  toSpec(): ElementSpec;
  toPatch(fields: number, props: ReadonlySet<string> | undefined): ElementPatch;
}

interface Dirty {
  fields: number;
  props?: Set<string>;
}

/**
 * Collects the changes of one turn of the event loop and turns them into ops.
 * Cost is proportional to what changed: nothing here walks the tree.
 *
 * Most of a client's life nothing is pending, so the collections are allocated by the first
 * change of a turn and dropped by `take()` (an empty Set or Map alone costs 150-180 B).
 */
export class Outbox {
  private created: Set<Renderable> | undefined;
  private dirty: Map<Renderable, Dirty> | undefined;
  private removedIds: ElementId[] | undefined;
  private calls: Op[] | undefined;

  get empty(): boolean {
    return !this.created?.size && !this.dirty?.size && !this.removedIds?.length && !this.calls?.length;
  }

  added(el: Renderable): void {
    (this.created ??= new Set()).add(el);
  }

  changed(el: Renderable, field: number): void {
    if (this.created?.has(el)) return;
    const dirty = (this.dirty ??= new Map());
    const entry = dirty.get(el);
    if (entry) entry.fields |= field;
    else dirty.set(el, { fields: field });
  }

  propChanged(el: Renderable, key: string): void {
    if (this.created?.has(el)) return;
    const dirty = (this.dirty ??= new Map());
    let entry = dirty.get(el);
    if (!entry) dirty.set(el, (entry = { fields: 0 }));
    (entry.props ??= new Set()).add(key);
  }

  /** An element left the tree; its descendants go with it on the tab too. */
  removed(el: Renderable): void {
    this.dirty?.delete(el);
    if (this.created?.delete(el)) return;
    (this.removedIds ??= []).push(el.id);
  }

  /** A descendant of a removed element: the tab drops it with its ancestor, so send nothing. */
  forget(el: Renderable): void {
    this.created?.delete(el);
    this.dirty?.delete(el);
  }

  call(op: Op): void {
    (this.calls ??= []).push(op);
  }

  /** Returns the ops of this turn (new elements, patches, removals, calls) and starts afresh. */
  take(): Op[] {
    const ops: Op[] = [];
    if (this.created) for (const el of this.created) ops.push(['a', el.toSpec()]);
    if (this.dirty) for (const [el, d] of this.dirty) ops.push(['u', el.id, el.toPatch(d.fields, d.props)]);
    if (this.removedIds) for (const id of this.removedIds) ops.push(['r', id]);
    if (this.calls) for (const op of this.calls) ops.push(op);
    this.created = undefined;
    this.dirty = undefined;
    this.removedIds = undefined;
    this.calls = undefined;
    return ops;
  }
}
