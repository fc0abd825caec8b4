import { Element, type ElementEvent } from '../core/element.js';
import { optionProps } from './mixins/builder.js';
import { RowSlots, slotTag, type RowSlotBuilder } from './table-slots.js';

export type TableRow = Record<string, unknown>;

export interface TableColumn {
  name: string;
  /** Header text; defaults to the name. */
  label?: string;
  /** Row property shown in the column; defaults to the name. */
  field?: string;
  align?: 'left' | 'center' | 'right';
  sortable?: boolean;
  /** Always shown, even when `visibleColumns` is set. */
  required?: boolean;
  classes?: string;
  style?: string;
  headerClasses?: string;
  headerStyle?: string;
}

export interface TablePagination {
  sortBy?: string | null;
  descending?: boolean;
  page?: number;
  /** Rows per page; 0 shows all rows. */
  rowsPerPage?: number;
  /** Total number of rows on the server: setting it makes pagination, sorting and filtering server-side. */
  rowsNumber?: number;
}

/** What the tab asks for when pagination is server-side: the page (and sort) it wants, and the filter. */
export interface TableRequest {
  pagination: Required<Omit<TablePagination, 'rowsNumber'>> & { rowsNumber?: number };
  filter: string;
}

export interface TableSelectEvent<R extends TableRow> {
  readonly sender: Table<R>;
  readonly selected: R[];
  readonly fromUser: boolean;
}

export interface TableOptions<R extends TableRow> {
  rows?: readonly R[];
  /** Defaults to one column per property of the first row. */
  columns?: readonly TableColumn[];
  /** The property that identifies a row; default `id`. */
  rowKey?: string;
  title?: string;
  selection?: 'single' | 'multiple';
  selected?: readonly R[];
  /** Rows per page, or a pagination object; default: all rows, no pagination controls. */
  pagination?: number | TablePagination;
  filter?: string;
  dense?: boolean;
  flat?: boolean;
  bordered?: boolean;
  separator?: 'horizontal' | 'vertical' | 'cell' | 'none';
  wrapCells?: boolean;
  hideHeader?: boolean;
  hideBottom?: boolean;
  noDataLabel?: string;
  loading?: boolean;
  rowsPerPageOptions?: number[];
  onSelect?: (event: TableSelectEvent<R>) => unknown;
  /** Server-side pagination: load the requested page, then set `rows` and `pagination.rowsNumber`. */
  onRequest?: (request: TableRequest, table: Table<R>) => unknown;
  onRowClick?: (row: R, table: Table<R>) => unknown;
}

const PROPS = ['title', 'selection', 'dense', 'flat', 'bordered', 'separator', 'wrapCells', 'hideHeader', 'hideBottom', 'noDataLabel', 'loading', 'rowsPerPageOptions'] as const;

/**
 * A data table (QTable): columns, rows, selection, client- or server-side pagination, sorting
 * and filtering, and per-row slots built from server elements (`addSlot`).
 * Everything the tab sends (selected rows, clicked rows, requested pages) is checked against
 * the server's rows and columns; the page's callbacks get the server's row objects.
 */
export class Table<R extends TableRow = TableRow> extends Element {
  readonly rowKey: string;
  private _rows: R[] = [];
  private _columns: TableColumn[] = [];
  private readonly rowSlots: RowSlots<R>;
  private selectHandlers: ((event: TableSelectEvent<R>) => unknown)[] = [];
  private requestHandlers: ((request: TableRequest, table: Table<R>) => unknown)[] = [];

  constructor(options: TableOptions<R> = {}) {
    super('q-table');
    this.rowKey = options.rowKey ?? 'id';
    this.rowSlots = new RowSlots<R>(this, (row) => this.keyOf(row));
    const pagination = options.pagination;
    this.props({
      rowKey: this.rowKey,
      ...optionProps(options, PROPS),
      pagination: typeof pagination === 'object' ? { ...pagination } : { rowsPerPage: pagination ?? 0 },
      ...(pagination === undefined ? { hidePagination: true } : {}),
      ...(options.filter ? { filter: options.filter } : {}),
    });
    this.columns = options.columns ?? inferColumns(options.rows?.[0]);
    this.rows = options.rows ?? [];
    if (options.selection) {
      this.setProp('selected', []);
      if (options.selected) this.selected = options.selected;
      this.on('update:selected', (e) => this.receiveSelection(e.args[0]));
    }
    if (options.onSelect) this.onSelect(options.onSelect);
    this.on('update:pagination', (e) => this.receivePagination(e.args[0]));
    if (options.onRequest) this.onRequest(options.onRequest);
    if (options.onRowClick) this.onRowClick(options.onRowClick);
  }

  // ---- rows and columns -------------------------------------------------------------------

  get rows(): readonly R[] {
    return this._rows;
  }

  /** Replaces the rows; row slots follow (kept, rebuilt or deleted per row) and the selection drops rows that are gone. */
  set rows(rows: readonly R[]) {
    this._rows = [...rows];
    this.setProp('rows', this._rows);
    this.rowSlots.sync(this._rows);
    const selected = this.getProp('selected') as R[] | undefined;
    if (selected?.length) this.applySelection(selected, false);
  }

  get columns(): readonly TableColumn[] {
    return this._columns;
  }

  set columns(columns: readonly TableColumn[]) {
    this._columns = columns.map((c) => ({ align: 'left', ...c, label: c.label ?? c.name, field: c.field ?? c.name }));
    this.setProp('columns', this._columns);
  }

  /** The key of a row as the tab sees it (`String(row[rowKey])`), or undefined when it has none. */
  keyOf(row: unknown): string | undefined {
    if (typeof row !== 'object' || row === null) return undefined;
    const key = (row as Record<string, unknown>)[this.rowKey];
    return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
  }

  /** The server's row with this key. */
  rowByKey(key: string): R | undefined {
    return this._rows.find((row) => this.keyOf(row) === key);
  }

  // ---- row slots ----------------------------------------------------------------------------

  /**
   * Builds the content of a per-row slot for every row: `addSlot('body-cell-actions', row =>
   * ui.button('Edit', () => edit(row)))`. Each row gets its own cell element (q-td for
   * `body-cell-*`, q-tr for `body`, div otherwise), rebuilt when that row changes.
   */
  addSlot(name: string, builder: RowSlotBuilder<R>, options: { tag?: string } = {}): this {
    this.rowSlots.add(name, builder, options.tag ?? slotTag(name), this._rows);
    this.setScopedSlots(this.rowSlots.names());
    return this;
  }

  removeSlot(name: string): this {
    this.rowSlots.remove(name);
    this.setScopedSlots(this.rowSlots.names());
    return this;
  }

  /** The cell element built for one row in one slot. */
  slotCell(name: string, row: R | string): Element | undefined {
    const key = typeof row === 'string' ? row : this.keyOf(row);
    return key === undefined ? undefined : this.rowSlots.cell(name, key);
  }

  // ---- selection ----------------------------------------------------------------------------

  get selected(): readonly R[] {
    return (this.getProp('selected') as R[] | undefined) ?? [];
  }

  /** Selects these rows (matched by key against the table's rows). */
  set selected(rows: readonly R[]) {
    this.applySelection(rows, false);
  }

  onSelect(handler: (event: TableSelectEvent<R>) => unknown): this {
    this.selectHandlers.push(handler);
    return this;
  }

  private receiveSelection(value: unknown): void {
    if (!Array.isArray(value)) return void this.client.dropped++;
    this.applySelection(value, true);
  }

  private applySelection(requested: readonly unknown[], fromUser: boolean): void {
    const keys = [...new Set(requested.map((row) => this.keyOf(row)).filter((k) => k !== undefined))];
    let rows = keys.map((key) => this.rowByKey(key)).filter((row) => row !== undefined);
    if (this.getProp('selection') === 'single') rows = rows.slice(-1);
    const before = this.selected.map((row) => this.keyOf(row));
    const same = before.length === rows.length && rows.every((row, i) => this.keyOf(row) === before[i]);
    this.setProp('selected', rows);
    if (same) return;
    const event: TableSelectEvent<R> = { sender: this, selected: rows, fromUser };
    for (const handler of this.selectHandlers) this.client.runSafely(() => handler(event), { element: this, where: 'select handler' });
  }

  // ---- pagination, sorting, filtering -----------------------------------------------------

  get pagination(): TablePagination {
    return { ...(this.getProp('pagination') as TablePagination) };
  }

  /** Changes pagination (merged into the current one): page, rowsPerPage, sortBy, descending, rowsNumber. */
  set pagination(value: TablePagination) {
    this.setProp('pagination', { ...this.pagination, ...value });
  }

  get filter(): string {
    return (this.getProp('filter') as string | undefined) ?? '';
  }

  set filter(value: string) {
    this.setProp('filter', value || undefined);
  }

  /** Runs when the tab asks for another page, sort order or filter (server-side pagination). */
  onRequest(handler: (request: TableRequest, table: Table<R>) => unknown): this {
    this.requestHandlers.push(handler);
    if (this.requestHandlers.length === 1) this.on('request', (e) => this.receiveRequest(e), { args: ['pagination', 'filter'] });
    return this;
  }

  /** Runs the request handlers for the current pagination and filter (e.g. the first load). */
  requestData(): void {
    this.runRequest({ pagination: this.fullPagination(this.pagination), filter: this.filter });
  }

  onRowClick(handler: (row: R, table: Table<R>) => unknown): this {
    return this.on('row-click', (e) => {
      const row = e.args.map((arg) => this.keyOf(arg)).find((key) => key !== undefined);
      const found = row === undefined ? undefined : this.rowByKey(row);
      if (found) return handler(found, this);
      this.client.dropped++;
    });
  }

  private receivePagination(value: unknown): void {
    const pagination = this.parsePagination(value);
    if (!pagination) return void this.client.dropped++;
    this.pagination = pagination;
  }

  private receiveRequest(e: ElementEvent): void {
    const request = e.args[0] as { pagination?: unknown; filter?: unknown } | undefined;
    const pagination = this.parsePagination(request?.pagination);
    const filter = request?.filter ?? '';
    if (!pagination || typeof filter !== 'string') return void this.client.dropped++;
    this.pagination = pagination;
    this.runRequest({ pagination: this.fullPagination(pagination), filter });
  }

  private runRequest(request: TableRequest): void {
    for (const handler of this.requestHandlers) this.client.runSafely(() => handler(request, this), { element: this, where: 'request handler' });
  }

  private fullPagination(p: TablePagination): TableRequest['pagination'] {
    const current = this.pagination;
    return {
      sortBy: p.sortBy ?? null,
      descending: p.descending ?? false,
      page: p.page ?? 1,
      rowsPerPage: p.rowsPerPage ?? current.rowsPerPage ?? 0,
      ...(current.rowsNumber !== undefined ? { rowsNumber: current.rowsNumber } : {}),
    };
  }

  /** Checks a pagination from the tab: known sortable column, sane page numbers; rowsNumber stays the server's. */
  private parsePagination(value: unknown): TablePagination | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const { sortBy = null, descending = false, page = 1, rowsPerPage = 0 } = value as Record<string, unknown>;
    if (sortBy !== null && !this._columns.some((c) => c.name === sortBy && c.sortable)) return undefined;
    if (typeof descending !== 'boolean') return undefined;
    if (!Number.isSafeInteger(page) || (page as number) < 1) return undefined;
    if (!Number.isSafeInteger(rowsPerPage) || (rowsPerPage as number) < 0) return undefined;
    return { sortBy: sortBy as string | null, descending, page: page as number, rowsPerPage: rowsPerPage as number };
  }
}

function inferColumns(row: TableRow | undefined): TableColumn[] {
  return row ? Object.keys(row).map((name) => ({ name, label: name, field: name, sortable: true })) : [];
}

/** `ui.table({ columns, rows, rowKey: 'id', selection: 'multiple', pagination: 10 })` */
export function table<R extends TableRow>(options: TableOptions<R> = {}): Table<R> {
  return new Table<R>(options);
}
