import type { ItemEntity, UserEntity } from '../models/entities.js';
import type { ItemPublic } from '../models/items.js';
import type { UserPublic } from '../models/users.js';

/** Services hand out these contract shapes, never entities, so a hash cannot leak to the API or the UI. */
export function toUserPublic(user: UserEntity): UserPublic {
  return {
    id: user.id,
    email: user.email,
    full_name: user.fullName ?? null,
    is_active: user.isActive,
    is_superuser: user.isSuperuser,
    created_at: user.createdAt.toISOString(),
  };
}

export function toItemPublic(item: ItemEntity): ItemPublic {
  return {
    id: item.id,
    title: item.title,
    description: item.description ?? null,
    owner_id: item.owner.id,
    created_at: item.createdAt.toISOString(),
  };
}
