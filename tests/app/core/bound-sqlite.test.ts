import { raw } from '@mikro-orm/sqlite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { entityManager, openDatabase, type Orm } from '../../../app/core/db.js';
import { silentLogger } from '../../../app/core/logger.js';
import { Item, User } from '../../../app/models/entities.js';

/** Every statement as the sqlite3 driver receives it: SQL text and the values bound to it. */
interface Sent {
  sql: string;
  bindings: unknown[];
}

describe('the database connection binds every value', () => {
  let orm: Orm;
  let sent: Sent[] = [];
  let ownerId: string;
  beforeAll(async () => {
    orm = await openDatabase({ kind: 'memory' }, silentLogger);
    orm.em.getConnection().getKnex().on('query', (query: { sql: string; bindings?: unknown[] }) => sent.push({ sql: query.sql, bindings: query.bindings ?? [] }));
    const em = entityManager(orm);
    ownerId = crypto.randomUUID();
    em.create(User, { id: ownerId, email: 'owner@example.com', hashedPassword: 'x', fullName: null });
    await em.flush();
  });
  beforeEach(() => {
    sent = [];
  });
  afterAll(() => orm.close(true));

  const marker = "it's\u0000\\ ?? :name $1";
  const newItem = (title = marker) => ({ id: crypto.randomUUID(), title, description: marker, owner: ownerId });

  /** The marker travelled only as a bound value: the SQL text never contains it. */
  function expectOnlyBound(): void {
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((s) => s.sql.includes("it's") || s.sql.includes('\u0000'))).toEqual([]);
    expect(sent.some((s) => s.bindings.some((b) => typeof b === 'string' && b.includes(marker)))).toBe(true);
  }

  it('on insert, update and delete through the unit of work, one entity at a time', async () => {
    const em = entityManager(orm);
    const item = em.create(Item, newItem());
    await em.flush();
    item.title = `${marker} (changed)`;
    await em.flush();
    await em.remove(item).flush();
    expectOnlyBound();
  });

  it('on batch inserts and batch updates (several entities in one flush)', async () => {
    const em = entityManager(orm);
    const items = [em.create(Item, newItem()), em.create(Item, newItem())];
    await em.flush();
    for (const [i, item] of items.entries()) item.title = `${marker} ${i}`;
    await em.flush();
    expectOnlyBound();
    expect(sent.some((s) => /^insert into `item`.*\), \(/.test(s.sql))).toBe(true);
    expect(sent.some((s) => /^update `item` set `title` = case/.test(s.sql))).toBe(true);
  });

  it('in find, findAndCount, count, native updates and deletes, and raw conditions of the query builder', async () => {
    const em = entityManager(orm);
    await em.insert(Item, { ...newItem(), createdAt: new Date() });
    await em.find(Item, { title: marker });
    await em.findAndCount(Item, { $or: [{ title: marker }, { description: { $like: `%${marker}%` } }] }, { limit: 5 });
    await em.count(Item, { title: { $in: [marker, 'other'] } });
    await em.createQueryBuilder(Item, 'i').where('i.title = ? or i.description = ?', [marker, marker]).getResultAndCount();
    await em.find(Item, { [raw('lower(title)')]: marker.toLowerCase() });
    await em.nativeUpdate(Item, { title: marker }, { description: marker });
    await em.nativeDelete(Item, { title: marker });
    expectOnlyBound();
  });

  it('in raw SQL with parameters, including lists and MikroORM\'s `??` identifiers', async () => {
    const connection = orm.em.getConnection();
    const sql = 'select ?? as text, ? in (?) as listed, ? as missing from (select ? as `chosen`)';
    const [row] = await connection.execute(sql, ['chosen', 'b', ['a', 'b'], undefined, marker]);
    expect(row).toEqual({ text: marker, listed: 1, missing: null });
    expectOnlyBound();
  });

  it('keeps dates as epoch milliseconds and booleans as 0 and 1, as SQLite always stored them', async () => {
    const em = entityManager(orm);
    const createdAt = new Date('2026-02-03T04:05:06.789Z');
    const id = crypto.randomUUID();
    await em.insert(User, { id, email: `dates-${id}@example.com`, hashedPassword: 'x', fullName: null, isActive: false, createdAt });
    const [row] = await orm.em.getConnection().execute('select created_at, typeof(created_at) as type, is_active from `user` where id = ?', [id]);
    expect(row).toEqual({ created_at: createdAt.getTime(), type: 'integer', is_active: 0 });
    expect((await entityManager(orm).findOneOrFail(User, { createdAt })).id).toBe(id);
  });

  it('stores a NUL and reads it back exactly (it used to end the statement: "unrecognized token", 500)', async () => {
    const em = entityManager(orm);
    const item = em.create(Item, newItem('a\u0000b'));
    await em.flush();
    const fresh = await entityManager(orm).findOneOrFail(Item, { id: item.id });
    expect([fresh.title, fresh.description]).toEqual(['a\u0000b', marker]);
  });
});
