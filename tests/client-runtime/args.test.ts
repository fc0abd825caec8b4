import { describe, expect, it } from 'vitest';
import { serializeArgs, toJsonSafe } from '../../client-runtime/args.js';

/** A DOM-like event in Node: an Event with extra fields such as a key or a target. */
function event(fields: Record<string, unknown>): Event {
  const e = new Event('keydown');
  for (const [key, value] of Object.entries(fields)) Object.defineProperty(e, key, { value, enumerable: true });
  return e;
}

describe('serializeArgs', () => {
  it('sends nothing of a DOM event unless keys were asked for', () => {
    expect(serializeArgs([event({ key: 'Enter' })])).toEqual([]);
    expect(serializeArgs([event({ key: 'Enter', clientX: 3 })], ['key'])).toEqual([{ key: 'Enter' }]);
  });

  it('keeps only JSON-safe values of requested event keys', () => {
    expect(serializeArgs([event({ key: 'a', target: new Event('x'), fn: () => 1 })], ['key', 'target', 'fn', 'missing'])).toEqual([
      { key: 'a' },
    ]);
  });

  it('sends plain data whole and keeps positions of dropped arguments', () => {
    expect(serializeArgs([{ page: 2, rowsPerPage: 10 }, 'x'])).toEqual([{ page: 2, rowsPerPage: 10 }, 'x']);
    expect(serializeArgs([() => 1, 'x'])).toEqual([null, 'x']);
    expect(serializeArgs([event({}), () => 1])).toEqual([]);
    expect(serializeArgs(['x', undefined])).toEqual(['x']);
    expect(serializeArgs([null])).toEqual([null]);
  });

  it('drops functions in objects and cuts cycles', () => {
    const row: Record<string, unknown> = { id: 1, name: 'a', onClick: () => 0 };
    row.self = row;
    expect(serializeArgs([row])).toEqual([{ id: 1, name: 'a' }]);
    const list: unknown[] = [1];
    list.push(list);
    expect(serializeArgs([list])).toEqual([[1, null]]);
  });

  it('keeps shared (non-cyclic) references', () => {
    const shared = { a: 1 };
    expect(serializeArgs([{ x: shared, y: shared }])).toEqual([{ x: { a: 1 }, y: { a: 1 } }]);
  });

  it('bounds depth, node count and string length', () => {
    const limits = { depth: 3, nodes: 10, stringLength: 4 };
    expect(serializeArgs([{ a: { b: { c: { d: 1 } } } }], undefined, limits)).toEqual([{ a: { b: {} } }]);
    expect((serializeArgs([Array.from({ length: 50 }, (_, i) => i)], undefined, limits)[0] as unknown[]).filter((x) => x !== null)).toHaveLength(9);
    expect(serializeArgs(['abcdefgh'], undefined, limits)).toEqual(['abcd']);
  });

  it('converts values JSON cannot carry', () => {
    expect(
      toJsonSafe({ n: NaN, i: Infinity, b: 10n, d: new Date(0), m: new Map([['k', 1]]), s: new Set([1, 2]), u: undefined, sym: Symbol('x') }),
    ).toEqual({ n: null, i: null, b: '10', d: '1970-01-01T00:00:00.000Z', m: { k: 1 }, s: [1, 2] });
    expect(toJsonSafe(new File(['abc'], 'a.txt', { type: 'text/plain' }))).toEqual({ name: 'a.txt', size: 3, type: 'text/plain' });
    expect(toJsonSafe(() => 1)).toBeNull();
  });
});
