import type { PageRegistry } from '../../framework/index.js';
import type { UiDeps } from './deps.js';
import { itemsPage } from './pages/items.js';
import { loginPage, redirectSignedIn } from './pages/login.js';
import { settingsPage } from './pages/settings.js';
import { usersPage } from './pages/users.js';
import { hasToken, requireUser } from './session.js';

export type { UiDeps } from './deps.js';

/** The admin screens. `/` sends signed-in users to their items and everyone else to the login. */
export function registerPages(pages: PageRegistry, deps: UiDeps): void {
  const signedIn = { guard: requireUser(deps) };
  pages.add('/', () => undefined, { guard: () => (hasToken() ? '/items' : '/login') });
  pages.add('/login', loginPage(deps), { title: 'Log in · Kite admin', guard: redirectSignedIn(deps) });
  pages.add('/items', itemsPage(deps), { title: 'Items · Kite admin', ...signedIn });
  pages.add('/users', usersPage(deps), { title: 'Users · Kite admin', ...signedIn });
  pages.add('/settings', settingsPage(deps), { title: 'Settings · Kite admin', ...signedIn });
}
