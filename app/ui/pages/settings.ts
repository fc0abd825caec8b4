import { tabState, ui, type PageContext } from '../../../framework/index.js';
import { UpdatePassword, UserUpdateMe } from '../../models/users.js';
import type { UiDeps } from '../deps.js';
import { validateForm } from '../forms.js';
import { frame } from '../layout.js';
import { act, renewSignIn, signedInUser } from '../session.js';

/** The profile fields' unsaved edits (null: as saved). */
const UNEDITED = { full_name: null as string | null, email: null as string | null };

/**
 * `/settings`: the signed-in user edits their full name and email, and changes their password.
 * Unsaved profile edits come back after a reload or a restart (tab state); passwords never go
 * there, since tab state is written to disk.
 */
export function settingsPage(deps: UiDeps) {
  return ({ address }: PageContext): void => {
    const me = signedInUser();
    let profile = me;
    const edits = tabState(`settings.${me.id}`, UNEDITED);
    /** Shows the edit, or the saved value; keeps only what differs from the saved value. */
    const edited = (saved: () => string) => ({
      forward: (value: string) => (value === saved() ? null : value),
      backward: (value: string | null) => value ?? saved(),
    });
    frame('Settings', me, () => {
      ui.card(() => {
        ui.cardSection(() => ui.label('User Information').classes('text-h6'));
        ui.cardSection(() => {
          const full_name = ui.input({ label: 'Full name' }).bindValue(edits, 'full_name', edited(() => profile.full_name ?? ''));
          const email = ui.input({ label: 'Email', type: 'email' }).bindValue(edits, 'email', edited(() => profile.email));
          ui.button('Save', {
            color: 'primary',
            onClick: async () => {
              const data = validateForm(UserUpdateMe, { full_name: full_name.value.trim() || null, email: email.value.trim() }, { full_name, email });
              if (!data) return;
              const saved = await act(deps, (actor) => deps.services.users.updateMe(actor, data));
              if (!saved) return;
              profile = saved;
              Object.assign(edits, UNEDITED);
              ui.notify('User updated successfully.', { type: 'positive' });
            },
          });
        }).classes('column q-gutter-sm');
      }).style({ width: '440px', 'max-width': '100%' });

      ui.card(() => {
        ui.cardSection(() => ui.label('Change Password').classes('text-h6'));
        ui.cardSection(() => {
          const current_password = ui.input({ label: 'Current password', password: true, autocomplete: 'current-password' });
          const new_password = ui.input({ label: 'New password', password: true, autocomplete: 'new-password' });
          ui.button('Update password', {
            color: 'primary',
            onClick: async () => {
              const fields = { current_password, new_password };
              const data = validateForm(UpdatePassword, { current_password: current_password.value, new_password: new_password.value }, fields);
              if (!data) return;
              const done = await act(deps, async (actor) => {
                const message = await deps.services.users.updatePassword(actor, data, address ?? 'unknown');
                await renewSignIn(deps, actor);
                return message;
              });
              if (!done) return;
              current_password.value = '';
              new_password.value = '';
              ui.notify('Password updated successfully.', { type: 'positive' });
            },
          });
        }).classes('column q-gutter-sm');
      }).style({ width: '440px', 'max-width': '100%' });
    });
  };
}
