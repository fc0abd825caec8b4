import type { KiteApp } from '../../app/create-app.js';
import type { ItemPublic } from '../../app/models/items.js';
import type { UserPublic } from '../../app/models/users.js';
import type { Actor } from '../../app/policies.js';

/** Factories act as an out-of-band administrator; this actor never exists in the database. */
const factoryAdmin: Actor = { id: '00000000-0000-4000-8000-000000000000', is_superuser: true, is_active: true };

let sequence = 0;

export interface TestUser {
  user: UserPublic;
  password: string;
  /** A valid access token for this user. */
  token: string;
}

export interface UserOverrides {
  email?: string;
  password?: string;
  full_name?: string | null;
  is_superuser?: boolean;
  is_active?: boolean;
}

export function uniqueEmail(prefix = 'user'): string {
  sequence += 1;
  return `${prefix}-${sequence}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export async function createUser(kite: KiteApp, overrides: UserOverrides = {}): Promise<TestUser> {
  const password = overrides.password ?? 'correct-horse-battery';
  const user = await kite.services.users.create(factoryAdmin, {
    email: overrides.email ?? uniqueEmail(),
    password,
    full_name: overrides.full_name ?? 'Test User',
    is_active: overrides.is_active ?? true,
    is_superuser: overrides.is_superuser ?? false,
  });
  return { user, password, token: (await kite.services.auth.issueToken(user.id)).access_token };
}

export function createSuperuser(kite: KiteApp, overrides: UserOverrides = {}): Promise<TestUser> {
  return createUser(kite, { ...overrides, is_superuser: true });
}

export function createItem(kite: KiteApp, owner: UserPublic, overrides: { title?: string; description?: string | null } = {}): Promise<ItemPublic> {
  sequence += 1;
  return kite.services.items.create(owner, {
    title: overrides.title ?? `Item ${sequence}`,
    description: overrides.description === undefined ? `Description ${sequence}` : overrides.description,
  });
}
