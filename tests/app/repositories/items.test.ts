import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityManager, openDatabase, type Orm } from '../../../app/core/db.js';
import { Item } from '../../../app/models/entities.js';
import { silentLogger } from '../../../app/core/logger.js';
import { ItemsRepository } from '../../../app/repositories/items.js';
import { UsersRepository } from '../../../app/repositories/users.js';
import { edited, storesNul, testDatabaseLocation } from '../../support/database.js';
import { TRICKY_TEXTS } from '../../support/tricky-text.js';

const location = await testDatabaseLocation();

/** Below the API's rules: whatever text reaches the repositories is stored and found exactly. */
describe('items repository', () => {
  let orm: Orm;
  let ownerId: string;
  const repository = () => new ItemsRepository(entityManager(orm));
  beforeAll(async () => {
    orm = await openDatabase(location, silentLogger);
    const owner = { email: 'owner@example.com', hashedPassword: 'x', fullName: null, isActive: true, isSuperuser: false };
    ownerId = (await new UsersRepository(entityManager(orm)).insert(owner)).id;
  });
  afterAll(() => orm.close(true));

  // Text the API refuses still round-trips here: the binding, not the validation, keeps SQL safe.
  const texts = { ...TRICKY_TEXTS, ...(storesNul(location) ? { 'a NUL': 'a\u0000b' } : {}), 'control characters': '\u0001\u001b[31m\u007f' };

  it.each(Object.entries(texts))('stores, updates and finds %s exactly', async (_name, text) => {
    const created = await repository().insert({ title: text, description: text, ownerId });
    const editing = repository();
    const found = await editing.findById(created.id);
    expect([found?.title, found?.description]).toEqual([text, text]);
    await editing.update(found!, { title: edited(text), description: edited(text) });
    const again = await repository().findById(created.id);
    expect([again?.title, again?.description]).toEqual([edited(text), edited(text)]);
    const { items } = await repository().search({ kind: 'owned-by', ownerId }, { skip: 0, limit: 100, search: edited(text), descending: false });
    expect(items.map((item) => item.id)).toEqual([created.id]);
  });

  it('lists rows with the same creation time (made by several processes in one millisecond) by id, so pages never repeat or skip one', async () => {
    // One process keeps its creation times strictly increasing; another process's clock cannot know them.
    const createdAt = new Date('2031-01-01T00:00:00.000Z');
    const em = entityManager(orm);
    const ids = Array.from({ length: 5 }, () => crypto.randomUUID());
    for (const id of ids) await em.insert(Item, { id, title: 'same title', description: 'tie', owner: ownerId, createdAt });
    const byId = [...ids].sort();
    const pageOf = async (skip: number) => (await repository().page({ kind: 'owned-by', ownerId }, skip, 1)).items.map((item) => item.id);
    const searchPageOf = async (skip: number) =>
      (await repository().search({ kind: 'owned-by', ownerId }, { skip, limit: 1, search: 'same title', sortBy: 'title', descending: false })).items.map((item) => item.id);
    expect((await Promise.all(ids.map((_, skip) => pageOf(skip)))).flat()).toEqual(byId);
    expect((await Promise.all(ids.map((_, skip) => searchPageOf(skip)))).flat()).toEqual(byId);
  });
});
