import { describe, expect, it } from 'vitest';
import { pagedLoader, type Page } from '../../../../app/ui/components/paged-table.js';
import type { Table, TablePagination } from '../../../../framework/index.js';

type Row = { id: number };

/** Just the part of a table the loader touches. */
function fakeTable(pagination: TablePagination) {
  const state = { rows: [] as Row[], pagination };
  const table = {
    get pagination() {
      return state.pagination;
    },
    set pagination(p: TablePagination) {
      state.pagination = { ...state.pagination, ...p };
    },
    get rows() {
      return state.rows;
    },
    set rows(rows: Row[]) {
      state.rows = rows;
    },
  } as unknown as Table<Row>;
  return { table, state };
}

const page = (ids: number[], count: number): Page<Row> => ({ data: ids.map((id) => ({ id })), count });

describe('pagedLoader', () => {
  it('loads the wanted page and records the total', async () => {
    const { table, state } = fakeTable({ page: 1, rowsPerPage: 2 });
    const asked: [number, number][] = [];
    const load = pagedLoader(() => table, async (skip, limit) => (asked.push([skip, limit]), page([3, 4], 5)));
    await load(2);
    expect(asked).toEqual([[2, 2]]);
    expect(state.rows).toEqual([{ id: 3 }, { id: 4 }]);
    expect(state.pagination).toMatchObject({ page: 2, rowsNumber: 5 });
  });

  it('steps back to the last page when the current one no longer exists', async () => {
    const { table, state } = fakeTable({ page: 3, rowsPerPage: 2 });
    const load = pagedLoader(() => table, async (skip) => (skip >= 4 ? page([], 3) : page([3], 3)));
    await load();
    expect(state.pagination.page).toBe(2);
    expect(state.rows).toEqual([{ id: 3 }]);
  });

  it('drops a slow load that a newer one overtook', async () => {
    const { table, state } = fakeTable({ page: 1, rowsPerPage: 10 });
    const resolvers: ((p: Page<Row>) => void)[] = [];
    const load = pagedLoader(() => table, () => new Promise<Page<Row>>((resolve) => resolvers.push(resolve)));
    const older = load();
    const newer = load();
    resolvers[1]!(page([2], 1));
    await newer;
    resolvers[0]!(page([1], 1));
    await older;
    expect(state.rows).toEqual([{ id: 2 }]);
  });
});
