import { ui, type Builder } from '../../framework/index.js';
import type { UserPublic } from '../models/users.js';
import { canManageUsers } from '../policies.js';
import { signOut } from './session.js';

interface NavLink {
  label: string;
  icon: string;
  path: string;
  visible: (user: UserPublic) => boolean;
}

const NAV: NavLink[] = [
  { label: 'Items', icon: 'list_alt', path: '/items', visible: () => true },
  { label: 'Users', icon: 'people', path: '/users', visible: canManageUsers },
  { label: 'Settings', icon: 'settings', path: '/settings', visible: () => true },
];

/**
 * The frame of every protected page: a header with the menu toggle and the page title, a left
 * drawer with the navigation and Logout at the bottom, a footer, and the page's content.
 */
export function frame(title: string, user: UserPublic, content: Builder): void {
  const drawer = ui.leftDrawer({ bordered: true }, () => {
    ui.column({ gap: '0.25rem', align: 'stretch' }, () => {
      for (const link of NAV.filter((l) => l.visible(user)))
        ui.button(link.label, { flat: true, icon: link.icon, align: 'left', noCaps: true, onClick: () => ui.navigate.to(link.path) })
          .classes('full-width')
          .mark(`nav-${link.path.slice(1)}`);
    }).classes('q-pa-sm full-width');
    ui.column({ align: 'stretch' }, () => {
      ui.separator();
      ui.label(user.email).classes('text-caption text-grey-7 q-px-md ellipsis');
      ui.button('Logout', { flat: true, icon: 'logout', align: 'left', noCaps: true, onClick: logout }).classes('full-width');
    }).classes('absolute-bottom q-pa-sm');
  });
  ui.header({ elevated: true }, () => {
    ui.button('', { flat: true, round: true, dense: true, icon: 'menu', onClick: () => drawer.toggle() }).mark('menu-toggle');
    ui.label(title).classes('text-h6');
  }).classes('bg-primary text-white');
  ui.footer(() => ui.label('Kite admin').classes('text-caption')).classes('bg-grey-2 text-grey-8');
  ui.column({ align: 'stretch' }, content).classes('full-width q-pa-md');
}

function logout(): void {
  signOut();
  ui.navigate.to('/login');
}
