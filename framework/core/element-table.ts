import type { Element } from './element.js';

/** Switch to a Map once fewer than one id in `SPARSE_BELOW` still names a live element. */
const SPARSE_BELOW = 4;
/** ...and the array has grown past this many ids (small tables stay arrays). */
const SPARSE_MIN_IDS = 64;

/**
 * The elements of one client by id, and the source of their ids (0, 1, 2, ... never reused, so a
 * late event for a deleted element can never reach a newer one).
 *
 * Ids are dense, so an array indexed by id is the lookup table: 8 B per id, where a Map costs
 * 24-56 B per entry (33 elements: 392 B against 1.8 KB). A page that keeps replacing elements
 * leaves dead ids behind; once most ids are dead the table moves its live elements to a Map, so
 * memory stays proportional to the live elements either way. Iteration is in id order.
 */
export class ElementTable implements ReadonlyMap<number, Element> {
  /** Indexed by id (undefined: deleted) until the table turns sparse. */
  private dense: (Element | undefined)[] | undefined = [];
  private sparse: Map<number, Element> | undefined;
  private issued = 0;
  private live = 0;

  get size(): number {
    return this.live;
  }

  /** Registers an element and returns its new id. */
  add(el: Element): number {
    const id = this.issued++;
    if (this.dense) this.dense.push(el);
    else this.sparse!.set(id, el);
    this.live++;
    return id;
  }

  get(id: number): Element | undefined {
    if (!this.dense) return this.sparse!.get(id);
    // Ids come from the tab: anything but a valid index finds nothing.
    return Number.isInteger(id) && id >= 0 ? this.dense[id] : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  delete(id: number): boolean {
    if (!this.has(id)) return false;
    this.live--;
    if (!this.dense) return this.sparse!.delete(id);
    this.dense[id] = undefined; // not `delete`: a holey array may turn into a slow dictionary
    if (this.dense.length >= SPARSE_MIN_IDS && this.live * SPARSE_BELOW < this.dense.length) this.turnSparse();
    return true;
  }

  /** Drops the spare capacity the dense array grew while a page was built (16 slots or more). */
  trim(): void {
    if (this.dense) this.dense = this.dense.slice();
  }

  clear(): void {
    this.dense = [];
    this.sparse = undefined;
    this.live = 0;
  }

  *entries(): MapIterator<[number, Element]> {
    if (!this.dense) {
      yield* this.sparse!.entries();
      return;
    }
    for (let id = 0; id < this.dense.length; id++) {
      const el = this.dense[id];
      if (el) yield [id, el];
    }
  }

  *keys(): MapIterator<number> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<Element> {
    for (const [, el] of this.entries()) yield el;
  }

  [Symbol.iterator](): MapIterator<[number, Element]> {
    return this.entries();
  }

  forEach(fn: (value: Element, key: number, map: ReadonlyMap<number, Element>) => void, thisArg?: unknown): void {
    for (const [id, el] of this.entries()) fn.call(thisArg, el, id, this);
  }

  private turnSparse(): void {
    this.sparse = new Map(this.entries());
    this.dense = undefined;
  }
}
