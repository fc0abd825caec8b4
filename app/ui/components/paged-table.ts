import type { Table, TablePagination, TableRow } from '../../../framework/index.js';

export interface Page<R> {
  data: R[];
  count: number;
}

/**
 * Loads pages of a server-side table: `load()` reloads the current page, `load(n)` goes to page n.
 * When the current page no longer exists (rows were deleted), it steps back to the last one; a
 * load that a newer one overtook is dropped.
 */
export function pagedLoader<R extends TableRow>(
  table: () => Table<R>,
  fetch: (skip: number, limit: number, pagination: TablePagination) => Promise<Page<R> | undefined>,
  loaded?: (page: Page<R>) => void,
): (page?: number) => Promise<void> {
  let latest = 0;
  const load = async (page?: number): Promise<void> => {
    const current = table().pagination;
    const rowsPerPage = current.rowsPerPage || 10;
    const wanted = page ?? current.page ?? 1;
    const request = ++latest;
    const result = await fetch((wanted - 1) * rowsPerPage, rowsPerPage, current);
    // Fast typing in the search starts overlapping loads: only the newest may fill the table.
    if (!result || request !== latest) return;
    const lastPage = Math.max(1, Math.ceil(result.count / rowsPerPage));
    if (wanted > lastPage) return load(lastPage);
    table().rows = result.data;
    table().pagination = { page: wanted, rowsPerPage, rowsNumber: result.count };
    loaded?.(result);
  };
  return load;
}
