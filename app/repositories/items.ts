import type { EntityManager, FilterQuery } from '@mikro-orm/sqlite';
import { Item, type ItemEntity } from '../models/entities.js';
import type { ItemScope } from '../policies.js';

export interface NewItem {
  title: string;
  description: string | null;
  ownerId: string;
}

export type ItemChanges = Partial<Pick<ItemEntity, 'title' | 'description'>>;

export class ItemsRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string): Promise<ItemEntity | null> {
    return this.em.findOne(Item, { id });
  }

  /** Newest first, within what the scope allows. */
  async page(scope: ItemScope, skip: number, limit: number): Promise<{ items: ItemEntity[]; count: number }> {
    const where: FilterQuery<ItemEntity> = scope.kind === 'all' ? {} : { owner: scope.ownerId };
    const [items, count] = await this.em.findAndCount(Item, where, { offset: skip, limit, orderBy: { createdAt: 'desc', id: 'asc' } });
    return { items, count };
  }

  async insert(data: NewItem): Promise<ItemEntity> {
    const item = this.em.create(Item, { id: crypto.randomUUID(), title: data.title, description: data.description, owner: data.ownerId });
    await this.em.flush();
    return item;
  }

  async update(item: ItemEntity, changes: ItemChanges): Promise<ItemEntity> {
    this.em.assign(item, changes);
    await this.em.flush();
    return item;
  }

  async delete(item: ItemEntity): Promise<void> {
    await this.em.remove(item).flush();
  }
}
