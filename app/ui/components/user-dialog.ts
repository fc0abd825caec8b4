import { ui } from '../../../framework/index.js';
import { UserCreate, UserUpdate, type UserPublic } from '../../models/users.js';
import type { UiDeps } from '../deps.js';
import { validateForm } from '../forms.js';
import { act, renewSignIn } from '../session.js';
import { modal } from './modal.js';

/**
 * A superuser's dialog to create a user (`Create User`) or edit one (`Save`; a blank password keeps
 * the current one). Checked with the API's schemas; problems show under the fields.
 */
export function userDialog(deps: UiDeps, user?: UserPublic): Promise<UserPublic | undefined> {
  return modal<UserPublic>((dialog) =>
    ui.card(() => {
      ui.cardSection(() => ui.label(user ? 'Edit User' : 'Add User').classes('text-h6'));
      ui.cardSection(() => {
        const email = ui.input({ label: 'Email', type: 'email', value: user?.email ?? '', autofocus: true });
        const full_name = ui.input({ label: 'Full name', value: user?.full_name ?? '' });
        const password = ui.input({ label: user ? 'New password (leave blank to keep)' : 'Password', password: true, autocomplete: 'new-password' });
        const isSuperuser = ui.checkbox('Is Superuser?', { value: user?.is_superuser ?? false });
        const isActive = ui.checkbox('Is Active?', { value: user?.is_active ?? true });
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
    }).style({ width: '440px', 'max-width': '92vw' }),
  );
}
