import { describe, expect, it } from 'vitest';
import {
  canDeleteItem,
  canDeleteOwnAccount,
  canDeleteUser,
  canManageUsers,
  canReadItem,
  canReadUser,
  canUpdateItem,
  itemScope,
  type Actor,
} from '../../app/policies.js';

const alice: Actor = { id: 'alice', is_superuser: false, is_active: true };
const bob: Actor = { id: 'bob', is_superuser: false, is_active: true };
const root: Actor = { id: 'root', is_superuser: true, is_active: true };
const alicesItem = { owner_id: 'alice' };

describe('item policies', () => {
  it.each([
    ['the owner', alice, true],
    ['another user', bob, false],
    ['a superuser', root, true],
  ])('%s may read, update and delete an item: %s', (_who, actor, allowed) => {
    expect(canReadItem(actor, alicesItem)).toBe(allowed);
    expect(canUpdateItem(actor, alicesItem)).toBe(allowed);
    expect(canDeleteItem(actor, alicesItem)).toBe(allowed);
  });

  it('scopes item lists to the owner, except for superusers', () => {
    expect(itemScope(alice)).toEqual({ kind: 'owned-by', ownerId: 'alice' });
    expect(itemScope(root)).toEqual({ kind: 'all' });
  });
});

describe('user policies', () => {
  it('lets only superusers manage users', () => {
    expect(canManageUsers(alice)).toBe(false);
    expect(canManageUsers(root)).toBe(true);
  });

  it('lets users read themselves and superusers read anyone', () => {
    expect(canReadUser(alice, 'alice')).toBe(true);
    expect(canReadUser(alice, 'bob')).toBe(false);
    expect(canReadUser(root, 'bob')).toBe(true);
  });

  it('lets superusers delete others but never themselves', () => {
    expect(canDeleteUser(root, 'alice')).toBe(true);
    expect(canDeleteUser(root, 'root')).toBe(false);
    expect(canDeleteUser(alice, 'bob')).toBe(false);
  });

  it('lets normal users close their own account, not superusers', () => {
    expect(canDeleteOwnAccount(alice)).toBe(true);
    expect(canDeleteOwnAccount(root)).toBe(false);
  });
});
