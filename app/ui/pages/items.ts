import { tabState, ui, type PageContext } from '../../../framework/index.js';
import type { ItemView } from '../../services/items.js';
import { confirm } from '../components/modal.js';
import { pagedLoader } from '../components/paged-table.js';
import { itemDialog, resumeItemDialog } from '../components/item-dialog.js';
import type { UiDeps } from '../deps.js';
import { frame } from '../layout.js';
import { refreshOnChange } from '../live.js';
import { act, signedInUser } from '../session.js';

/** What the table shows, kept in tab state so that a reload or a restart shows the same. */
const FIRST_PAGE = { search: '', page: 1, rowsPerPage: 10, sortBy: null as string | null, descending: false };

/**
 * `/items`: the signed-in user's items (every item for a superuser) in a table with server-side
 * pagination, sort and search; create, edit and delete through dialogs; live when anything changes.
 * The search, sort, page and an open dialog come back after a reload or a restart of the server.
 */
export function itemsPage(deps: UiDeps) {
  return async ({ client }: PageContext): Promise<void> => {
    const user = signedInUser();
    const view = tabState(`items-view.${user.id}`, FIRST_PAGE);
    let search!: ReturnType<typeof ui.input>;
    let empty!: ReturnType<typeof ui.column>;
    let table!: ReturnType<typeof ui.table<ItemView>>;
    frame('Items', user, () => {
      ui.row({ align: 'center' }, () => {
        ui.button('Create Item', { color: 'primary', icon: 'add', onClick: () => create() });
        ui.space();
        // The search the tab had comes back through the binding: only typing starts over at page 1.
        search = ui
          .input({ label: 'Search', dense: true, clearable: true, onChange: (e) => e.fromUser && load(1) })
          .bindValue(view, 'search')
          .mark('search');
      }).classes('full-width');

      empty = ui.column({ align: 'center' }, () => {
        ui.icon('inbox', { size: '3rem', color: 'grey-5' });
        ui.label("You don't have any items yet").classes('text-h6');
        ui.label('Add a new item to get started').classes('text-grey-7');
      }).classes('full-width q-pa-xl');
      empty.visible = false;

      table = ui.table<ItemView>({
        rowKey: 'id',
        columns: [
          { name: 'title', label: 'Title', sortable: true },
          { name: 'description', label: 'Description' },
          ...(user.is_superuser ? [{ name: 'owner_email', label: 'Owner', sortable: true }] : []),
          { name: 'actions', label: 'Actions', align: 'right' as const },
        ],
        pagination: { rowsPerPage: view.rowsPerPage, page: view.page, sortBy: view.sortBy, descending: view.descending, rowsNumber: 0 },
        rowsPerPageOptions: [5, 10, 25, 50],
        noDataLabel: 'No items match your search',
        flat: true,
        bordered: true,
        onRequest: () => load(),
      }).classes('full-width');
      table.addSlot('body-cell-actions', (item) => {
        ui.button('', { flat: true, round: true, dense: true, icon: 'edit', onClick: () => edit(item) }).mark('edit');
        ui.button('', { flat: true, round: true, dense: true, icon: 'delete', color: 'negative', onClick: () => remove(item) }).mark('delete');
      });
    });

    /** Loads the requested page (or the current one) with the current search and sort. */
    const load = pagedLoader(
      () => table,
      (skip, limit, { sortBy, descending }) =>
        act(deps, (actor) =>
          deps.services.items.browse(actor, {
            skip,
            limit,
            search: search.value.trim(),
            sortBy: sortBy === 'title' || sortBy === 'owner_email' ? sortBy : undefined,
            descending: descending ?? false,
          }),
        ),
      ({ count }) => {
        const nothingAtAll = count === 0 && !search.value.trim();
        empty.visible = nothingAtAll;
        table.visible = !nothingAtAll;
        const { page = 1, rowsPerPage = 10, sortBy = null, descending = false } = table.pagination;
        Object.assign(view, { page, rowsPerPage, sortBy, descending });
      },
    );

    async function create(): Promise<void> {
      if (await itemDialog(deps)) await load();
    }

    /** Shows the table as `view` says (what the tab had, once it is known). */
    async function show(): Promise<void> {
      table.pagination = { page: view.page, rowsPerPage: view.rowsPerPage, sortBy: view.sortBy, descending: view.descending };
      await load();
    }

    async function edit(item: ItemView): Promise<void> {
      if (await itemDialog(deps, item)) await load();
    }

    async function remove(item: ItemView): Promise<void> {
      if (!(await confirm(`Are you sure you want to delete '${item.title}'?`))) return;
      const done = await act(deps, (actor) => deps.services.items.delete(actor, item.id));
      if (!done) return;
      ui.notify('Item deleted successfully.', { type: 'positive' });
      await load();
    }

    refreshOnChange(
      client,
      deps,
      (event) => (event.kind === 'item' && (user.is_superuser || event.ownerId === user.id)) || (event.kind === 'user' && (user.is_superuser || event.id === user.id)),
      () => load(),
    );
    await load();
    // A first load or a reload is sent from here; the tab then connects with what it had.
    const shown = JSON.stringify(view);
    await client.whenConnected();
    if (JSON.stringify(view) !== shown) await show();
    await resumeItemDialog(deps, () => load());
  };
}
