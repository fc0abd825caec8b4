import { describe, expect, it } from 'vitest';
import { applyOps, createTree, recordEdit } from '../../../framework/protocol/apply.js';

const tree = () =>
  createTree({
    root: 0,
    elements: [
      { id: 0, tag: 'div', ch: { default: [1, 2] } },
      { id: 1, tag: 'div', t: 'hello' },
      { id: 2, tag: 'q-input', v: 'abc', ch: { append: [3] } },
      { id: 3, tag: 'q-icon', p: { name: 'x' } },
    ],
  });

describe('applyOps', () => {
  it('changes only the patched property', () => {
    const t = tree();
    applyOps(t, [['u', 1, { t: 'bye' }]]);
    expect(t.elements.get(1)).toEqual({ id: 1, tag: 'div', t: 'bye' });
  });

  it('adds and removes props', () => {
    const t = tree();
    applyOps(t, [['u', 3, { p: { color: 'red' }, pd: ['name'] }]]);
    expect(t.elements.get(3)!.p).toEqual({ color: 'red' });
  });

  it('removes an element with its whole subtree', () => {
    const t = tree();
    applyOps(t, [['u', 0, { ch: { default: [1] } }], ['r', 2]]);
    expect([...t.elements.keys()]).toEqual([0, 1]);
  });

  it('ignores patches for elements that are already gone', () => {
    const t = tree();
    expect(() => applyOps(t, [['u', 99, { t: 'x' }]])).not.toThrow();
  });

  it('hands calls to the caller in order', () => {
    const calls: string[] = [];
    applyOps(tree(), [['c', 'notify', { message: 'a' }], ['c', 'title', { title: 'b' }]], { onCall: (op) => calls.push(op[1]) });
    expect(calls).toEqual(['notify', 'title']);
  });

  it('never lets a stale server value overwrite newer keystrokes', () => {
    const t = tree();
    recordEdit(t, 2); // the user typed "abcd" (edit 1) ...
    recordEdit(t, 2); // ... and "abcde" (edit 2)
    t.elements.get(2)!.v = 'abcde';
    // The server answers edit 1 with a transformed value: stale, the tab keeps what was typed.
    applyOps(t, [['u', 2, { v: 'ABCD', vn: 1 }]]);
    expect(t.elements.get(2)!.v).toBe('abcde');
    // Once the server has seen edit 2, its value wins.
    applyOps(t, [['u', 2, { v: 'ABCDE', vn: 2 }]]);
    expect(t.elements.get(2)!.v).toBe('ABCDE');
  });

  it('applies a server value when the user never typed', () => {
    const t = tree();
    applyOps(t, [['u', 2, { v: '' }]]);
    expect(t.elements.get(2)!.v).toBe('');
  });
});
