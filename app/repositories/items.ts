import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/sqlite';
import { Item, type ItemEntity } from '../models/entities.js';
import type { ItemScope } from '../policies.js';

export interface NewItem {
  title: string;
  description: string | null;
  ownerId: string;
}

export type ItemChanges = Partial<Pick<ItemEntity, 'title' | 'description'>>;

export interface ItemSearch {
  skip: number;
  limit: number;
  /** Case-insensitive substring of the title or the description; empty matches everything. */
  search: string;
  /** Default: newest first. */
  sortBy?: 'title' | 'owner_email';
  descending: boolean;
}

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

  /** Like `page`, plus text search and sorting; owners are loaded (for their email). */
  async search(scope: ItemScope, query: ItemSearch): Promise<{ items: ItemEntity[]; count: number }> {
    const qb = this.em.createQueryBuilder(Item, 'i').leftJoinAndSelect('i.owner', 'o');
    if (scope.kind === 'owned-by') qb.where({ owner: scope.ownerId });
    if (query.search) {
      const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere("(lower(i.title) like ? escape '\\' or lower(coalesce(i.description, '')) like ? escape '\\')", [pattern, pattern]);
    }
    const direction = query.descending ? 'desc' : 'asc';
    const sort: QueryOrderMap<ItemEntity> =
      query.sortBy === 'title' ? { title: direction } : query.sortBy === 'owner_email' ? { owner: { email: direction } } : { createdAt: 'desc' };
    qb.orderBy([sort, { createdAt: 'desc' }, { id: 'asc' }]).offset(query.skip).limit(query.limit);
    const [items, count] = await qb.getResultAndCount();
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
