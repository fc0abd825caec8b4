import { ui, type PageContext } from '../../../framework/index.js';
import type { UserPublic } from '../../models/users.js';
import { canDeleteUser, canManageUsers } from '../../policies.js';
import { confirm } from '../components/modal.js';
import { pagedLoader } from '../components/paged-table.js';
import { resumeUserDialog, userDialog } from '../components/user-dialog.js';
import type { UiDeps } from '../deps.js';
import { frame } from '../layout.js';
import { refreshOnChange } from '../live.js';
import { act, signedInUser } from '../session.js';

type UserRow = UserPublic & { superuser: string; active: string };

const toRow = (user: UserPublic): UserRow => ({ ...user, superuser: user.is_superuser ? 'Yes' : 'No', active: user.is_active ? 'Active' : 'Inactive' });

/** `/users` (superusers): every user, with create, edit, activate/deactivate and delete; live. */
export function usersPage(deps: UiDeps) {
  return async ({ client }: PageContext): Promise<void> => {
    const me = signedInUser();
    if (!canManageUsers(me)) {
      frame('Users', me, () => ui.label("You don't have permission to access this page.").classes('text-h6 text-negative'));
      return;
    }
    let table!: ReturnType<typeof ui.table<UserRow>>;
    frame('Users', me, () => {
      ui.row(() => ui.button('Add User', { color: 'primary', icon: 'person_add', onClick: () => create() }));
      table = ui.table<UserRow>({
        rowKey: 'id',
        columns: [
          { name: 'email', label: 'Email' },
          { name: 'full_name', label: 'Full name' },
          { name: 'superuser', label: 'Superuser' },
          { name: 'active', label: 'Active' },
          { name: 'actions', label: 'Actions', align: 'right' },
        ],
        pagination: { rowsPerPage: 10, page: 1, rowsNumber: 0 },
        flat: true,
        bordered: true,
        onRequest: () => load(),
      }).classes('full-width');
      table.addSlot('body-cell-actions', (user) => {
        ui.button('', { flat: true, round: true, dense: true, icon: 'edit', onClick: () => edit(user) }).mark('edit');
        // Superusers do not lock themselves out: no deactivating or deleting one's own account here.
        if (canDeleteUser(me, user.id)) {
          ui.button(user.is_active ? 'Deactivate' : 'Activate', { flat: true, dense: true, noCaps: true, onClick: () => setActive(user, !user.is_active) });
          ui.button('', { flat: true, round: true, dense: true, icon: 'delete', color: 'negative', onClick: () => remove(user) }).mark('delete');
        }
      });
    });

    const load = pagedLoader(
      () => table,
      async (skip, limit) => {
        const page = await act(deps, (actor) => deps.services.users.list(actor, { skip, limit }));
        return page && { count: page.count, data: page.data.map(toRow) };
      },
    );

    async function create(): Promise<void> {
      if (await userDialog(deps)) await load();
    }

    async function edit(user: UserPublic): Promise<void> {
      if (await userDialog(deps, user)) await load();
    }

    async function setActive(user: UserPublic, active: boolean): Promise<void> {
      const saved = await act(deps, (actor) => deps.services.users.update(actor, user.id, { is_active: active }));
      if (!saved) return;
      ui.notify(active ? `User '${user.email}' activated.` : `User '${user.email}' deactivated.`, { type: 'positive' });
      await load();
    }

    async function remove(user: UserPublic): Promise<void> {
      if (!(await confirm(`Are you sure you want to delete '${user.email}'? All items of this user are deleted too.`))) return;
      const done = await act(deps, (actor) => deps.services.users.delete(actor, user.id));
      if (!done) return;
      ui.notify('User deleted successfully.', { type: 'positive' });
      await load();
    }

    refreshOnChange(client, deps, (event) => event.kind === 'user', () => load());
    await load();
    // A first load or a reload is sent from here; the tab then connects with what it had.
    await client.whenConnected();
    await resumeUserDialog(deps, () => load());
  };
}
