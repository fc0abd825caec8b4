import { describe, expect, it, vi } from 'vitest';
import { effect, isReactive } from 'vue';
import type { ElementSpec, Snapshot } from '../../framework/protocol/messages.js';
import { Store } from '../../client-runtime/store.js';
import { neededTags } from '../../framework/protocol/tags.js';

function boot(): Snapshot & { seq: number } {
  return {
    seq: 0,
    root: 0,
    elements: [
      { id: 0, tag: 'div', ch: { default: [1, 2] } },
      { id: 1, tag: 'q-btn', p: { label: 'Save' } },
      { id: 2, tag: 'q-input', p: { label: 'Name' }, v: '', ch: { append: [3] } },
      { id: 3, tag: 'q-icon', p: { name: 'search' } },
    ],
  };
}

/** Counts how often an effect reruns, like a view's render effect. */
function runs(read: () => unknown): { count: number } {
  const counter = { count: 0 };
  effect(() => {
    counter.count++;
    read();
  });
  return counter;
}

describe('Store', () => {
  it('makes the element map and every spec reactive', () => {
    const store = new Store(boot());
    expect(isReactive(store.tree.elements)).toBe(true);
    expect(isReactive(store.get(1))).toBe(true);
    store.applyDown(['f', 1, [['a', { id: 9, tag: 'q-badge' }]]]);
    expect(isReactive(store.get(9))).toBe(true);
    expect(neededTags(store.tree.elements.values())).toEqual(new Set(['div', 'q-btn', 'q-input', 'q-icon', 'q-badge']));
  });

  it('re-runs only the effects that read what a patch changed', () => {
    const store = new Store(boot());
    const button = runs(() => store.get(1)?.p?.label);
    const input = runs(() => [store.get(2)?.p?.label, store.get(2)?.v]);
    store.applyDown(['f', 1, [['u', 1, { p: { label: 'Saved' } }]]]);
    expect(button.count).toBe(2);
    expect(input.count).toBe(1);
    expect(store.get(1)?.p?.label).toBe('Saved');
  });

  it('re-runs a view that waits for an element once it is added', () => {
    const store = new Store(boot());
    const waiting = runs(() => store.get(9)?.tag);
    const other = runs(() => store.get(1)?.tag);
    store.applyDown(['f', 1, [['a', { id: 9, tag: 'q-badge' }]]]);
    expect(waiting.count).toBe(2);
    expect(other.count).toBe(1);
  });

  it('applies frames in order, ignores old ones and reports gaps', () => {
    const store = new Store(boot());
    expect(store.applyDown(['f', 1, [['u', 1, { t: 'a' }]]])).toEqual({ kind: 'applied', seq: 1 });
    expect(store.applyDown(['f', 1, [['u', 1, { t: 'b' }]]])).toEqual({ kind: 'old' });
    expect(store.get(1)?.t).toBe('a');
    expect(store.applyDown(['f', 3, [['u', 1, { t: 'c' }]]])).toEqual({ kind: 'gap', expected: 2, got: 3 });
    expect(store.get(1)?.t).toBe('a');
    expect(store.seq).toBe(1);
  });

  it('removes an element with its subtree', () => {
    const store = new Store(boot());
    store.applyDown(['f', 1, [['u', 0, { ch: { default: [1] } }], ['r', 2]]]);
    expect(store.get(2)).toBeUndefined();
    expect(store.get(3)).toBeUndefined();
  });

  it('keeps what the user typed over a stale server value (value authority)', () => {
    const store = new Store(boot());
    expect(store.editValue(2, 'h')).toBe(1);
    expect(store.editValue(2, 'he')).toBe(2);
    store.applyDown(['f', 1, [['u', 2, { v: 'h', vn: 1 }]]]);
    expect(store.get(2)?.v).toBe('he');
    store.applyDown(['f', 2, [['u', 2, { v: '', vn: 2 }]]]);
    expect(store.get(2)?.v).toBe('');
    expect(store.editValue(99, 'x')).toBeUndefined();
  });

  it('passes calls to the handler', () => {
    const store = new Store(boot());
    const onCall = vi.fn();
    store.applyDown(['f', 1, [['c', 'title', { title: 'Hi' }]]], onCall);
    expect(onCall).toHaveBeenCalledWith(['c', 'title', { title: 'Hi' }]);
  });

  it('replaces the tree on a snapshot, keeping values the server has not seen yet', () => {
    const store = new Store(boot());
    store.editValue(2, 'typed offline');
    const root = runs(() => store.tree.root);
    const elements: ElementSpec[] = [
      { id: 5, tag: 'div', ch: { default: [2] } },
      { id: 2, tag: 'q-input', v: 'old' },
    ];
    const result = store.applyDown(['s', 40, { root: 5, elements }], undefined, new Map([[2, 'typed offline']]));
    expect(result).toEqual({ kind: 'applied', seq: 40 });
    expect(store.seq).toBe(40);
    expect(store.tree.root).toBe(5);
    expect(root.count).toBe(2);
    expect(store.get(1)).toBeUndefined();
    expect(store.get(2)?.v).toBe('typed offline');
    expect(isReactive(store.get(5))).toBe(true);
  });

  it('reports server errors', () => {
    const store = new Store(boot());
    expect(store.applyDown(['e', 'dropped', 'event for a hidden element'])).toEqual({ kind: 'error', code: 'dropped', message: 'event for a hidden element' });
  });
});
