import { Element } from '../core/element.js';

/** Builds the content of one row's cell: runs with that cell as the parent of new elements. */
export type RowSlotBuilder<R> = (row: R) => unknown;

interface Cell {
  json: string;
  element: Element;
}

interface RowSlot<R> {
  builder: RowSlotBuilder<R>;
  tag: string;
  cells: Map<string, Cell>;
}

/** The element a row slot's content sits in: what QTable expects in that slot. */
export function slotTag(name: string): string {
  if (name === 'body' || name === 'header') return 'q-tr';
  if (name.startsWith('body-cell')) return 'q-td';
  return 'div';
}

/**
 * Per-row slot content of a table, built on the server from elements: one cell element per
 * row and slot, keyed by the row key (`scopeKey`), so the runtime shows each cell only in its
 * row and the cell's buttons call TypeScript callbacks with the right row.
 * When the rows change, cells of rows that are gone are deleted, cells of unchanged rows
 * (same key, same JSON) are kept, and new or changed rows get new cells.
 */
export class RowSlots<R> {
  private readonly slots = new Map<string, RowSlot<R>>();

  constructor(
    private readonly table: Element,
    private readonly keyOf: (row: R) => string | undefined,
  ) {}

  names(): string[] {
    return [...this.slots.keys()];
  }

  /** The cell element of one row in one slot (for tests and for updating a cell in place). */
  cell(name: string, key: string): Element | undefined {
    return this.slots.get(name)?.cells.get(key)?.element;
  }

  add(name: string, builder: RowSlotBuilder<R>, tag: string, rows: readonly R[]): void {
    this.remove(name);
    const slot: RowSlot<R> = { builder, tag, cells: new Map() };
    this.slots.set(name, slot);
    this.syncSlot(name, slot, this.keyed(rows));
  }

  remove(name: string): void {
    const slot = this.slots.get(name);
    if (!slot) return;
    for (const cell of slot.cells.values()) cell.element.delete();
    this.slots.delete(name);
  }

  sync(rows: readonly R[]): void {
    if (this.slots.size === 0) return;
    const keyed = this.keyed(rows);
    for (const [name, slot] of this.slots) this.syncSlot(name, slot, keyed);
  }

  /** Rows with their key and JSON (rows without a key, or repeating one, get no cells). */
  private keyed(rows: readonly R[]): Map<string, { row: R; json: string }> {
    const keyed = new Map<string, { row: R; json: string }>();
    for (const row of rows) {
      const key = this.keyOf(row);
      if (key !== undefined && !keyed.has(key)) keyed.set(key, { row, json: JSON.stringify(row) });
    }
    return keyed;
  }

  private syncSlot(name: string, slot: RowSlot<R>, rows: Map<string, { row: R; json: string }>): void {
    for (const [key, { row, json }] of rows) {
      const existing = slot.cells.get(key);
      if (existing && existing.json === json && !existing.element.deleted) continue;
      existing?.element.delete();
      const element = new Element(slot.tag, { parent: this.table, slot: name }).scopeKey(key, 'props');
      slot.cells.set(key, { json, element });
      element.within(() => slot.builder(row));
    }
    for (const [key, cell] of slot.cells)
      if (!rows.has(key)) {
        cell.element.delete();
        slot.cells.delete(key);
      }
  }
}
