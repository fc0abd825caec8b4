import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

let lastCreatedAt = 0;

/**
 * Creation times that strictly increase within the process (bumped by a millisecond on a tie), so
 * "newest first" lists keep insertion order even for rows created in the same millisecond.
 */
function nextCreatedAt(): Date {
  lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
  return new Date(lastCreatedAt);
}

/** Database mapping of the contract in users.ts / items.ts. Schema changes need a migration in app/migrations/. */
export const User = defineEntity({
  name: 'User',
  tableName: 'user',
  properties: {
    id: p.uuid().primary(),
    email: p.string().length(255).unique(),
    hashedPassword: p.string().length(255).hidden(),
    fullName: p.string().length(255).nullable(),
    isActive: p.boolean().default(true),
    isSuperuser: p.boolean().default(false),
    createdAt: p.datetime().onCreate(nextCreatedAt),
    /** Carried in access tokens; bumping it ends every session of the user (see AuthService.userFromToken). */
    tokenVersion: p.integer().default(0),
  },
});

export const Item = defineEntity({
  name: 'Item',
  tableName: 'item',
  properties: {
    id: p.uuid().primary(),
    title: p.string().length(255),
    description: p.string().length(255).nullable(),
    owner: () => p.manyToOne(User).deleteRule('cascade').index(),
    createdAt: p.datetime().onCreate(nextCreatedAt),
  },
});

export type UserEntity = InferEntity<typeof User>;
export type ItemEntity = InferEntity<typeof Item>;

export const entities = [User, Item];
