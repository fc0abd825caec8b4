import type { EntityManager } from '@mikro-orm/sqlite';
import { Item, User, type UserEntity } from '../models/entities.js';

export interface NewUser {
  email: string;
  hashedPassword: string;
  fullName: string | null;
  isActive: boolean;
  isSuperuser: boolean;
}

export type UserChanges = Partial<NewUser & { tokenVersion: number }>;

export class UsersRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.em.findOne(User, { id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.em.findOne(User, { email });
  }

  /** Newest first, like upstream. */
  async page(skip: number, limit: number): Promise<{ users: UserEntity[]; count: number }> {
    const [users, count] = await this.em.findAndCount(User, {}, { offset: skip, limit, orderBy: { createdAt: 'desc', id: 'asc' } });
    return { users, count };
  }

  async insert(data: NewUser): Promise<UserEntity> {
    const user = this.em.create(User, { id: crypto.randomUUID(), ...data });
    await this.em.flush();
    return user;
  }

  async update(user: UserEntity, changes: UserChanges): Promise<UserEntity> {
    this.em.assign(user, changes);
    await this.em.flush();
    return user;
  }

  /** Deletes the user and their items in one transaction; returns the deleted items' ids. */
  async deleteWithItems(user: UserEntity): Promise<string[]> {
    return this.em.transactional(async (em) => {
      const items = await em.find(Item, { owner: user.id }, { fields: ['id'] });
      await em.nativeDelete(Item, { owner: user.id });
      await em.nativeDelete(User, { id: user.id });
      return items.map((item) => item.id);
    });
  }
}
