/**
 * Every permission decision of the app, as pure functions. Services enforce them; the API and the UI
 * may also ask them (for instance to hide a button), but never decide on their own.
 */

/** Whoever acts: the signed-in user (UserPublic satisfies this). */
export interface Actor {
  id: string;
  is_superuser: boolean;
  is_active: boolean;
}

export interface OwnedItem {
  owner_id: string;
}

/** Which items an actor sees in lists. */
export type ItemScope = { kind: 'all' } | { kind: 'owned-by'; ownerId: string };

export function itemScope(actor: Actor): ItemScope {
  return actor.is_superuser ? { kind: 'all' } : { kind: 'owned-by', ownerId: actor.id };
}

function ownsOrIsSuperuser(actor: Actor, item: OwnedItem): boolean {
  return actor.is_superuser || item.owner_id === actor.id;
}

export function canReadItem(actor: Actor, item: OwnedItem): boolean {
  return ownsOrIsSuperuser(actor, item);
}

export function canUpdateItem(actor: Actor, item: OwnedItem): boolean {
  return ownsOrIsSuperuser(actor, item);
}

export function canDeleteItem(actor: Actor, item: OwnedItem): boolean {
  return ownsOrIsSuperuser(actor, item);
}

/** List, create and edit any user. */
export function canManageUsers(actor: Actor): boolean {
  return actor.is_superuser;
}

export function canReadUser(actor: Actor, userId: string): boolean {
  return actor.id === userId || canManageUsers(actor);
}

/** Superusers delete others, never themselves (the system must keep an administrator). */
export function canDeleteUser(actor: Actor, userId: string): boolean {
  return canManageUsers(actor) && actor.id !== userId;
}

/** Closing one's own account: allowed to everyone but superusers, for the same reason. */
export function canDeleteOwnAccount(actor: Actor): boolean {
  return !actor.is_superuser;
}
