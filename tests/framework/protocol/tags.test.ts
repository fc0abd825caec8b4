import { describe, expect, it } from 'vitest';
import type { ElementSpec } from '../../../framework/protocol/messages.js';
import { impliedTags, neededTags } from '../../../framework/protocol/tags.js';

const table = (p: Record<string, unknown> = {}): ElementSpec => ({ id: 1, tag: 'q-table', p });

describe('impliedTags', () => {
  it('adds the rows-per-page select when a table shows pagination controls with several options', () => {
    expect(impliedTags(table())).toEqual(['q-select']);
    expect(impliedTags(table({ rowsPerPageOptions: [5, 10] }))).toEqual(['q-select']);
  });

  it('adds nothing when the table hides pagination, its bottom, or offers one option', () => {
    expect(impliedTags(table({ hidePagination: true }))).toEqual([]);
    expect(impliedTags(table({ hideBottom: true }))).toEqual([]);
    expect(impliedTags(table({ hidePagination: true, rowsPerPageOptions: [5] }))).toEqual([]);
    expect(impliedTags(table({ rowsPerPageOptions: [10] }))).toEqual([]);
    expect(impliedTags({ id: 2, tag: 'q-select' })).toEqual([]);
  });

  it('adds virtual scrolling when the table scrolls virtually', () => {
    expect(impliedTags(table({ hidePagination: true, virtualScroll: true }))).toEqual(['q-virtual-scroll']);
  });
});

describe('neededTags', () => {
  it('collects the tags of the elements and the ones they imply', () => {
    const elements: ElementSpec[] = [
      { id: 0, tag: 'div' },
      { id: 1, tag: 'q-table', p: { rowsPerPageOptions: [5, 10] } },
      { id: 2, tag: 'q-btn' },
      { id: 3, tag: 'q-btn' },
    ];
    expect(neededTags(elements)).toEqual(new Set(['div', 'q-table', 'q-select', 'q-btn']));
  });
});
