import { entityManager } from '../core/db.js';
import { Forbidden, NotFound } from '../core/errors.js';
import type { Message, Pagination } from '../models/common.js';
import type { ItemEntity } from '../models/entities.js';
import type { ItemCreate, ItemPublic, ItemsPublic, ItemUpdate } from '../models/items.js';
import { canDeleteItem, canReadItem, canUpdateItem, itemScope, type Actor, type OwnedItem } from '../policies.js';
import { ItemsRepository, type ItemChanges, type ItemSearch } from '../repositories/items.js';
import type { ServiceContext } from './context.js';
import { toItemPublic } from './mappers.js';
import { messages } from './messages.js';

type ItemRule = (actor: Actor, item: OwnedItem) => boolean;

/** An item with its owner's email, for screens that list items of several owners. */
export type ItemView = ItemPublic & { owner_email: string };
export type ItemBrowseQuery = ItemSearch;

/** Items: everyone manages their own; superusers manage all. */
export class ItemsService {
  constructor(private readonly ctx: ServiceContext) {}

  async list(actor: Actor, page: Pagination): Promise<ItemsPublic> {
    const { items, count } = await this.repository().page(itemScope(actor), page.skip, page.limit);
    return { data: items.map(toItemPublic), count };
  }

  /** The UI's table: like `list`, plus search and sorting, and each owner's email. */
  async browse(actor: Actor, query: ItemBrowseQuery): Promise<{ data: ItemView[]; count: number }> {
    const { items, count } = await this.repository().search(itemScope(actor), query);
    return { data: items.map((item) => ({ ...toItemPublic(item), owner_email: item.owner.email })), count };
  }

  async create(actor: Actor, input: ItemCreate): Promise<ItemPublic> {
    const item = await this.repository().insert({ title: input.title, description: input.description ?? null, ownerId: actor.id });
    this.publish('created', item);
    return toItemPublic(item);
  }

  async get(actor: Actor, id: string): Promise<ItemPublic> {
    return toItemPublic(await this.load(this.repository(), actor, id, canReadItem));
  }

  async update(actor: Actor, id: string, input: ItemUpdate): Promise<ItemPublic> {
    const repository = this.repository();
    const item = await this.load(repository, actor, id, canUpdateItem);
    const changes: ItemChanges = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.description !== undefined) changes.description = input.description;
    await repository.update(item, changes);
    this.publish('updated', item);
    return toItemPublic(item);
  }

  async delete(actor: Actor, id: string): Promise<Message> {
    const repository = this.repository();
    const item = await this.load(repository, actor, id, canDeleteItem);
    await repository.delete(item);
    this.publish('deleted', item);
    return { message: messages.itemDeleted };
  }

  private repository(): ItemsRepository {
    return new ItemsRepository(entityManager(this.ctx.orm));
  }

  private async load(repository: ItemsRepository, actor: Actor, id: string, allowed: ItemRule): Promise<ItemEntity> {
    const item = await repository.findById(id);
    if (!item) throw new NotFound(messages.itemNotFound);
    if (!allowed(actor, { owner_id: item.owner.id })) throw new Forbidden(messages.itemForbidden);
    return item;
  }

  private publish(action: 'created' | 'updated' | 'deleted', item: ItemEntity): void {
    this.ctx.bus.publish({ kind: 'item', action, id: item.id, ownerId: item.owner.id });
  }
}
