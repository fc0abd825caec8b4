import { describe, expect, it } from 'vitest';
import type { Element } from '../../../framework/core/element.js';
import { ElementTable } from '../../../framework/core/element-table.js';

// The table only stores elements; plain objects stand in for them.
const fake = (n: number) => ({ n }) as unknown as Element;

describe('ElementTable', () => {
  it('hands out dense ids and finds each element by its id', () => {
    const table = new ElementTable();
    const els = [fake(0), fake(1), fake(2)];
    expect(els.map((el) => table.add(el))).toEqual([0, 1, 2]);
    expect(table.get(1)).toBe(els[1]);
    expect(table.has(2)).toBe(true);
    expect(table.size).toBe(3);
  });

  it('keeps every element and its id when trimmed after a page is built, and grows again', () => {
    const table = new ElementTable();
    const els = [fake(0), fake(1), fake(2)];
    for (const el of els) table.add(el);
    table.delete(1);
    table.trim();
    expect(table.add(fake(3))).toBe(3);
    expect([...table.keys()]).toEqual([0, 2, 3]);
    expect(table.get(2)).toBe(els[2]);
    expect(table.size).toBe(3);
  });

  it('finds nothing for ids a tab could forge', () => {
    const table = new ElementTable();
    table.add(fake(0));
    for (const id of [-1, 0.5, 1, 1e9, Number.NaN]) expect(table.get(id)).toBeUndefined();
  });

  it('never reuses the id of a deleted element', () => {
    const table = new ElementTable();
    table.add(fake(0));
    table.add(fake(1));
    expect(table.delete(1)).toBe(true);
    expect(table.delete(1)).toBe(false);
    expect(table.add(fake(2))).toBe(2);
    expect(table.get(1)).toBeUndefined();
    expect(table.size).toBe(2);
  });

  it('iterates the live elements in id order, like a Map', () => {
    const table = new ElementTable();
    for (let i = 0; i < 5; i++) table.add(fake(i));
    table.delete(0);
    table.delete(3);
    expect([...table.keys()]).toEqual([1, 2, 4]);
    expect([...table.values()].map((el) => (el as unknown as { n: number }).n)).toEqual([1, 2, 4]);
    expect([...table].map(([id]) => id)).toEqual([1, 2, 4]);
    const seen: number[] = [];
    table.forEach((_, id) => seen.push(id));
    expect(seen).toEqual([1, 2, 4]);
  });

  it('keeps working when most ids are dead (a page that keeps replacing elements)', () => {
    const table = new ElementTable();
    const keep = table.add(fake(-1));
    let last = keep;
    for (let i = 0; i < 1000; i++) {
      if (last !== keep) table.delete(last);
      last = table.add(fake(i));
    }
    expect(table.size).toBe(2);
    expect([...table.keys()]).toEqual([keep, last]);
    expect(table.get(keep)).toBeDefined();
    expect(table.add(fake(1000))).toBe(last + 1);
    expect(table.get(last + 1)).toBeDefined();
    expect(table.get(last - 1)).toBeUndefined();
  });

  it('is empty after clear and keeps counting ids', () => {
    const table = new ElementTable();
    table.add(fake(0));
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get(0)).toBeUndefined();
    expect(table.add(fake(1))).toBe(1);
  });
});
