import { describe, expect, it } from 'vitest';
import { Table, ui } from '../../../framework/index.js';
import type { TableRequest } from '../../../framework/index.js';
import { eventually, openPage } from './support.js';

interface Person extends Record<string, unknown> {
  id: number;
  name: string;
  age: number;
}

const PEOPLE: Person[] = [
  { id: 1, name: 'Ann', age: 31 },
  { id: 2, name: 'Bob', age: 45 },
  { id: 3, name: 'Cy', age: 27 },
];

const COLUMNS = [
  { name: 'name', label: 'Name', sortable: true },
  { name: 'age', label: 'Age', align: 'right' as const },
];

describe('ui.table', () => {
  it('shows columns and rows, inferring columns from the rows when none are given', async () => {
    const user = await openPage(() => {
      ui.table({ rows: PEOPLE, columns: COLUMNS, title: 'People' });
      ui.table({ rows: [{ id: 9, city: 'Oslo' }] }).mark('inferred');
    });
    const table = user.find('People');
    expect(table.spec.tag).toBe('q-table');
    expect(table.prop('rows')).toEqual(PEOPLE);
    expect(table.prop('rowKey')).toBe('id');
    expect(table.prop('columns')).toEqual([
      { name: 'name', label: 'Name', field: 'name', align: 'left', sortable: true },
      { name: 'age', label: 'Age', field: 'age', align: 'right' },
    ]);
    expect((user.find({ marker: 'inferred' }).prop('columns') as { name: string }[]).map((c) => c.name)).toEqual(['id', 'city']);
  });

  it('keeps the selection in sync, with the server’s rows, ignoring unknown keys', async () => {
    const selections: string[][] = [];
    const user = await openPage(() =>
      ui.table({ rows: PEOPLE, columns: COLUMNS, title: 'Team', selection: 'multiple', onSelect: (e) => selections.push(e.selected.map((p) => p.name)) }),
    );
    const table = user.find('Team');
    await table.trigger('update:selected', [{ id: 2, name: 'Mallory', age: 0 }, { id: 99, name: 'Ghost' }]);
    expect(selections).toEqual([['Bob']]);
    expect(table.prop('selected')).toEqual([PEOPLE[1]]);
    expect((table.element as Table<Person>).selected).toEqual([PEOPLE[1]]);
    await table.trigger('update:selected', 'not a list');
    expect(selections).toHaveLength(1);
  });

  it('allows one selected row in single selection, and drops rows that disappear', async () => {
    let table!: Table<Person>;
    const user = await openPage(() => {
      table = ui.table({ rows: PEOPLE, title: 'Pick one', selection: 'single' });
      ui.button('Remove Bob', () => (table.rows = PEOPLE.filter((p) => p.id !== 2)));
    });
    const shown = user.find('Pick one');
    await shown.trigger('update:selected', [PEOPLE[0], PEOPLE[1]]);
    expect(table.selected.map((p) => p.name)).toEqual(['Bob']);
    await user.find('Remove Bob').click();
    expect(shown.prop('selected')).toEqual([]);
  });

  it('keeps the selection (without a change event) when the same rows are loaded again as new objects', async () => {
    const selections: number[][] = [];
    let table!: Table<Person>;
    const user = await openPage(() => {
      table = ui.table({ rows: PEOPLE, title: 'Reloaded', selection: 'multiple', onSelect: (e) => selections.push(e.selected.map((p) => p.id)) });
      ui.button('Reload', () => (table.rows = PEOPLE.map((p) => ({ ...p, age: p.age + 1 }))));
    });
    await user.find('Reloaded').trigger('update:selected', [PEOPLE[0], PEOPLE[2]]);
    await user.find('Reload').click();
    expect(selections).toEqual([[1, 3]]);
    expect(user.find('Reloaded').prop('selected')).toEqual([
      { id: 1, name: 'Ann', age: 32 },
      { id: 3, name: 'Cy', age: 28 },
    ]);
  });

  it('passes the clicked row, as the server has it, to the row click handler', async () => {
    const clicked: string[] = [];
    const user = await openPage(() => ui.table({ rows: PEOPLE, title: 'Clickable', onRowClick: (row) => clicked.push(row.name) }));
    const table = user.find('Clickable');
    await table.trigger('row-click', {}, { id: 3, name: 'forged' }, 2);
    await table.trigger('row-click', {}, { id: 42 }, 0);
    expect(clicked).toEqual(['Cy']);
  });

  it('filters and paginates on the client by default, keeping the tab’s pagination', async () => {
    const user = await openPage(() => {
      const table = ui.table({ rows: PEOPLE, columns: COLUMNS, title: 'Paged', pagination: 2 });
      ui.input({ label: 'Search', onChange: (e) => (table.filter = e.value) });
    });
    const table = user.find('Paged');
    expect(table.prop('pagination')).toEqual({ rowsPerPage: 2 });
    await user.find('Search').type('bo');
    expect(table.prop('filter')).toBe('bo');
    await table.trigger('update:pagination', { page: 2, rowsPerPage: 2, sortBy: 'name', descending: true });
    expect(table.prop('pagination')).toEqual({ page: 2, rowsPerPage: 2, sortBy: 'name', descending: true });
    // Sorting by a column that is not sortable, or nonsense pages, are refused.
    await table.trigger('update:pagination', { page: 1, rowsPerPage: 2, sortBy: 'age' });
    await table.trigger('update:pagination', { page: -4, rowsPerPage: 2 });
    expect(table.prop('pagination')).toEqual({ page: 2, rowsPerPage: 2, sortBy: 'name', descending: true });
  });

  it('hides the pagination controls and shows all rows when no pagination is given', async () => {
    const user = await openPage(() => ui.table({ rows: PEOPLE, title: 'All' }));
    expect(user.find('All').prop('pagination')).toEqual({ rowsPerPage: 0 });
    expect(user.find('All').prop('hidePagination')).toBe(true);
  });

  it('loads pages on the server when rowsNumber is given: request, load, rows and pagination back', async () => {
    const all: Person[] = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, name: `P${i + 1}`, age: 20 + i }));
    const requests: TableRequest[] = [];
    const user = await openPage(() => {
      const table = ui.table({
        columns: COLUMNS,
        title: 'Server side',
        pagination: { rowsPerPage: 2, rowsNumber: all.length },
        onRequest: async (request, t) => {
          requests.push(request);
          await new Promise((r) => setTimeout(r, 1)); // e.g. a database query
          const { page, rowsPerPage, descending } = request.pagination;
          const sorted = descending ? [...all].reverse() : all;
          t.rows = sorted.filter((p) => p.name.includes(request.filter)).slice((page - 1) * rowsPerPage, page * rowsPerPage);
          t.pagination = { rowsNumber: all.length };
        },
      });
      table.requestData();
    });
    const table = user.find('Server side');
    await eventually(user, () => expect((table.prop('rows') as Person[]).map((p) => p.name)).toEqual(['P1', 'P2']));

    await table.trigger('request', { pagination: { page: 2, rowsPerPage: 2, sortBy: 'name', descending: true, rowsNumber: 999 }, filter: 'P' });
    await eventually(user, () => expect((table.prop('rows') as Person[]).map((p) => p.name)).toEqual(['P3', 'P2']));
    expect(requests.at(-1)).toEqual({ pagination: { page: 2, rowsPerPage: 2, sortBy: 'name', descending: true, rowsNumber: 5 }, filter: 'P' });
    expect(table.prop('pagination')).toEqual({ page: 2, rowsPerPage: 2, sortBy: 'name', descending: true, rowsNumber: 5 });

    await table.trigger('request', { pagination: { page: 'all', rowsPerPage: 2 }, filter: '' });
    expect(requests).toHaveLength(2);
  });
});
