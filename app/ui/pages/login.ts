import { tabState, ui, type PageContext } from '../../../framework/index.js';
import { DomainError } from '../../core/errors.js';
import type { UiDeps } from '../deps.js';
import { hasToken, resolveUser, signIn, takeFlash } from '../session.js';

/**
 * `/login`: Email, Password, `Log in` (enabled once both are filled; Enter submits). The typed
 * email comes back after a reload or a restart (tab state); the password never goes there.
 */
export function loginPage(deps: UiDeps) {
  return async ({ address }: PageContext): Promise<void> => {
    const typed = tabState('login', { email: '' });
    ui.column({ align: 'center' }, () => {
      ui.card(() => {
        ui.cardSection(() => ui.label('Kite admin').classes('text-h5'));
        const flash = takeFlash();
        ui.cardSection(() => {
          if (flash) ui.label(flash).classes('text-negative').mark('flash');
          const email = ui.input({ label: 'Email', type: 'email', autocomplete: 'username', autofocus: true, onEnter: submit }).bindValue(typed, 'email');
          const password = ui.input({ label: 'Password', password: true, autocomplete: 'current-password', onEnter: submit });
          const button = ui.button('Log in', { color: 'primary', onClick: submit }).classes('full-width q-mt-md');
          const update = (): void => {
            button.enabled = Boolean(email.value.trim() && password.value);
          };
          email.onChange(update);
          password.onChange(update);
          update();

          async function submit(): Promise<void> {
            if (!button.enabled) return;
            try {
              const token = await deps.services.auth.login(email.value, password.value, address ?? 'unknown');
              signIn(token.access_token);
              typed.email = '';
              ui.navigate.to('/items');
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              password.value = '';
              ui.notify(error.message, { type: 'negative' });
            }
          }
        }).classes('column q-gutter-sm');
      }).style({ width: '360px', 'max-width': '92vw' });
    }).classes('full-width q-mt-xl');
  };
}

/** Guard of `/login`: a signed-in user goes straight to their items. */
export function redirectSignedIn(deps: UiDeps) {
  return async (): Promise<string | undefined> => {
    if (!hasToken()) return undefined;
    return 'user' in (await resolveUser(deps)) ? '/items' : undefined;
  };
}
