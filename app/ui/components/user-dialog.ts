import { tabState, ui } from '../../../framework/index.js';
import { UserCreate, UserUpdate, type UserPublic } from '../../models/users.js';
import type { UiDeps } from '../deps.js';
import { validateForm } from '../forms.js';
import { act, lookUp, renewSignIn, signedInUser } from '../session.js';
import { forgetOnClose, modal, resumeDialog } from './modal.js';

/**
 * The dialog as this tab left it: open or not, for which user (none: a new one), what was typed.
 * Never the password: tab state is written to disk.
 */
const CLOSED = { open: false, user: null as string | null, email: '', full_name: '', is_superuser: false, is_active: true };

/** Per signed-in user: whoever signs in next in this tab finds none of it. */
const draftOf = () => tabState(`user-dialog.${signedInUser().id}`, CLOSED);

/**
 * A superuser's dialog to create a user (`Create User`) or edit one (`Save`; a blank password keeps
 * the current one). Checked with the API's schemas; problems show under the fields. While open it
 * lives in tab state, the password excepted: a reload or a restart brings it back (`resumeUserDialog`).
 */
export function userDialog(deps: UiDeps, user?: UserPublic): Promise<UserPublic | undefined> {
  Object.assign(draftOf(), {
    open: true,
    user: user?.id ?? null,
    email: user?.email ?? '',
    full_name: user?.full_name ?? '',
    is_superuser: user?.is_superuser ?? false,
    is_active: user?.is_active ?? true,
  });
  return showDialog(deps, user);
}

/**
 * Opens the dialog again if this tab had it open (after a reload or a restart), with what was
 * typed; `saved` runs once it is saved. A user deleted meanwhile is let go.
 */
export function resumeUserDialog(deps: UiDeps, saved: () => unknown): Promise<void> {
  const draft = draftOf();
  const id = draft.user;
  const find = () => (id === null ? Promise.resolve(undefined) : lookUp(deps, (actor) => deps.services.users.get(actor, id)));
  return resumeDialog(draft, CLOSED, find, (record) => showDialog(deps, record), saved);
}

function showDialog(deps: UiDeps, user: UserPublic | undefined): Promise<UserPublic | undefined> {
  const draft = draftOf();
  return modal<UserPublic>((dialog) => {
    forgetOnClose(dialog, draft, CLOSED);
    ui.card(() => {
      ui.cardSection(() => ui.label(user ? 'Edit User' : 'Add User').classes('text-h6'));
      ui.cardSection(() => {
        const email = ui.input({ label: 'Email', type: 'email', autofocus: true }).bindValue(draft, 'email');
        const full_name = ui.input({ label: 'Full name' }).bindValue(draft, 'full_name');
        const password = ui.input({ label: user ? 'New password (leave blank to keep)' : 'Password', password: true, autocomplete: 'new-password' });
        const isSuperuser = ui.checkbox('Is Superuser?').bindValue(draft, 'is_superuser');
        const isActive = ui.checkbox('Is Active?').bindValue(draft, 'is_active');
        const fields = { email, full_name, password };

        const values = () => ({
          email: email.value.trim(),
          full_name: full_name.value.trim() || null,
          is_superuser: isSuperuser.value,
          is_active: isActive.value,
          ...(password.value || !user ? { password: password.value } : {}),
        });
        const create = async () => {
          const data = validateForm(UserCreate, values(), fields);
          return data && act(deps, (actor) => deps.services.users.create(actor, data));
        };
        const update = async (current: UserPublic) => {
          const data = validateForm(UserUpdate, values(), fields);
          return (
            data &&
            act(deps, async (actor) => {
              const saved = await deps.services.users.update(actor, current.id, data);
              // A superuser who set their own password stays signed in here, like on the settings screen.
              if (data.password !== undefined && saved.id === actor.id) await renewSignIn(deps, actor);
              return saved;
            })
          );
        };

        async function save(): Promise<void> {
          const saved = user ? await update(user) : await create();
          if (!saved) return;
          ui.notify(user ? 'User updated successfully.' : `User '${saved.email}' created successfully!`, { type: 'positive' });
          dialog.submit(saved);
        }

        ui.cardActions({ align: 'right' }, () => {
          ui.button('Cancel', { flat: true, onClick: () => dialog.close() });
          ui.button(user ? 'Save' : 'Create User', { color: 'primary', onClick: save });
        });
      }).classes('column q-gutter-sm');
    }).style({ width: '440px', 'max-width': '92vw' });
  });
}
