import { describe, expect, it } from 'vitest';
import { createTree } from '../../../framework/protocol/apply.js';
import type { ElementSpec } from '../../../framework/protocol/messages.js';
import { idTranslation, isSecret, keyedValues, valueElementsByKey, type TreeLookup } from '../../../framework/protocol/recovery.js';

function lookup(elements: ElementSpec[]): TreeLookup {
  const tree = createTree({ root: elements[0]!.id, elements });
  return { root: tree.root, get: (id) => tree.elements.get(id) };
}

/** A login form; `flash` puts a message above the inputs, with ids shifted as a rebuild would. */
function form(options: { flash?: boolean; email?: string } = {}): ElementSpec[] {
  const shift = options.flash ? 1 : 0;
  const inputs = [2 + shift, 3 + shift];
  return [
    { id: 0, tag: 'q-layout', ch: { default: [1] } },
    { id: 1, tag: 'q-card', ch: { default: options.flash ? [2, ...inputs, 5] : [...inputs, 4] } },
    ...(options.flash ? [{ id: 2, tag: 'div', t: 'Your session has expired' }] : []),
    { id: 2 + shift, tag: 'q-input', v: options.email ?? '', p: { label: 'Email' } },
    { id: 3 + shift, tag: 'q-input', v: '', p: { label: 'Password' } },
    { id: 4 + shift, tag: 'q-btn', t: 'Log in' },
  ];
}

describe('recovery keys', () => {
  it('name value elements by their path of tags, counting siblings of the same tag', () => {
    expect(keyedValues(lookup(form({ email: 'a@b.c' })))).toEqual([
      ['q-layout/q-card/q-input', 'a@b.c'],
      ['q-layout/q-card/q-input#1', ''],
    ]);
  });

  it('find the same inputs after a rebuild that added an element of another kind and shifted every id', () => {
    const before = keyedValues(lookup(form({ email: 'typed@example.com' })));
    const rebuilt = valueElementsByKey(lookup(form({ flash: true })));
    expect(before.map(([key]) => rebuilt.get(key))).toEqual([3, 4]);
  });

  it('keep slots and scoped-slot row keys apart, so rows of a table do not swap values', () => {
    const keys = keyedValues(
      lookup([
        { id: 0, tag: 'q-table', ch: { 'body-cell-done': [1, 2], default: [3] } },
        { id: 1, tag: 'q-checkbox', v: true, k: 'row-a' },
        { id: 2, tag: 'q-checkbox', v: false, k: 'row-b' },
        { id: 3, tag: 'q-checkbox', v: false },
      ]),
    );
    expect(keys).toEqual([
      ['q-table/body-cell-done:q-checkbox[row-a]', true],
      ['q-table/body-cell-done:q-checkbox[row-b]', false],
      ['q-table/q-checkbox', false],
    ]);
  });

  it('never match an element of another kind at the same place', () => {
    const select: ElementSpec[] = [
      { id: 0, tag: 'q-layout', ch: { default: [1] } },
      { id: 1, tag: 'q-select', v: 'x' },
    ];
    const [[key]] = keyedValues(lookup(form({ email: 'x' }))) as [[string, unknown]];
    expect(valueElementsByKey(lookup(select)).has(key)).toBe(false);
  });

  it('hand over at most the given number of values, the first in tree order', () => {
    expect(keyedValues(lookup(form({ email: 'first' })), 1)).toEqual([['q-layout/q-card/q-input', 'first']]);
  });
});

describe('idTranslation', () => {
  it('maps each old element to its namesake in the rebuilt tree, and drops those that have none', () => {
    const translation = idTranslation(lookup(form()), lookup(form({ flash: true })));
    expect([...translation]).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    const gone = idTranslation(lookup(form()), lookup(form().slice(0, 2).map((e) => (e.id === 1 ? { ...e, ch: { default: [] } } : e))));
    expect([...gone.keys()]).toEqual([0, 1]);
  });
});

describe('secrets', () => {
  it('leave out password fields, hidden or revealed, when values are to be stored', () => {
    const tree = lookup([
      { id: 0, tag: 'q-card', ch: { default: [1, 2, 3] } },
      { id: 1, tag: 'q-input', v: 'me@example.com', p: { type: 'email' } },
      { id: 2, tag: 'q-input', v: 'hunter2', p: { type: 'password' } },
      { id: 3, tag: 'q-input', v: 'hunter2', p: { type: 'text', autocomplete: 'current-password' } },
    ]);
    expect(keyedValues(tree, undefined, (spec) => !isSecret(spec))).toEqual([['q-card/q-input', 'me@example.com']]);
    expect(keyedValues(tree)).toHaveLength(3);
  });
});
