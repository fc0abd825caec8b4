import { raw } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { entityManager, openDatabase, type Orm } from '../../../app/core/db.js';
import { silentLogger } from '../../../app/core/logger.js';
import { Item, User } from '../../../app/models/entities.js';
import { postgresAdminUrl, postgresTestDatabase } from '../../support/database.js';

/** Every statement as the pg driver receives it: SQL text and the values bound to it. */
interface Sent {
  sql: string;
  bindings: unknown[];
}

const adminUrl = postgresAdminUrl();

describe.skipIf(!adminUrl)('the PostgreSQL connection binds every value', () => {
  let orm: Orm;
  let sent: Sent[] = [];
  let ownerId: string;
  beforeAll(async () => {
    orm = await openDatabase(await postgresTestDatabase(adminUrl as string), silentLogger);
    orm.em.getConnection().getKnex().on('query', (query: { sql: string; bindings?: unknown[] }) => sent.push({ sql: query.sql, bindings: query.bindings ?? [] }));
    const em = entityManager(orm);
    ownerId = crypto.randomUUID();
    em.create(User, { id: ownerId, email: 'owner@example.com', hashedPassword: 'x', fullName: null });
    await em.flush();
  });
  beforeEach(() => {
    sent = [];
  });
  afterAll(() => orm?.close(true));

  // PostgreSQL text cannot hold a NUL at all (the API refuses control characters before they get here).
  const marker = "it's\\ ?? :name $1 '' \" --";
  const newItem = (title = marker) => ({ id: crypto.randomUUID(), title, description: marker, owner: ownerId });

  /** The marker travelled only as a bound value: the SQL text never contains it. */
  function expectOnlyBound(): void {
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((s) => s.sql.includes("it's") || s.sql.includes(':name'))).toEqual([]);
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
    expect(sent.some((s) => /^insert into "item".*\), \(/.test(s.sql))).toBe(true);
    expect(sent.some((s) => /^update "item" set "title" = case/.test(s.sql))).toBe(true);
  });

  it('in find, findAndCount, count, native updates and deletes, and raw conditions of the query builder', async () => {
    const em = entityManager(orm);
    await em.insert(Item, { ...newItem(), createdAt: new Date() });
    expect(await em.find(Item, { title: marker })).toHaveLength(1);
    await em.findAndCount(Item, { $or: [{ title: marker }, { description: { $like: `%${marker}%` } }] }, { limit: 5 });
    expect(await em.count(Item, { title: { $in: [marker, 'other'] } })).toBe(1);
    await em.createQueryBuilder(Item, 'i').where('i.title = ? or i.description = ?', [marker, marker]).getResultAndCount();
    await em.find(Item, { [raw('lower(title)')]: marker.toLowerCase() });
    await em.nativeUpdate(Item, { title: marker }, { description: marker });
    expect(await em.nativeDelete(Item, { title: marker })).toBe(1);
    expectOnlyBound();
  });

  it("in raw SQL with parameters, including lists, JSON and MikroORM's `??` identifiers", async () => {
    const connection = orm.em.getConnection();
    const sql = 'select ?? as text, ? in (?) as listed, ?::text as missing, ?::jsonb ->> \'note\' as note from (select ?::text as "chosen") as t';
    const [row] = await connection.execute(sql, ['chosen', 'b', ['a', 'b'], undefined, { note: marker }, marker]);
    expect(row).toEqual({ text: marker, listed: true, missing: null, note: marker });
    expectOnlyBound();
  });

  it('stores dates as timestamptz to the millisecond and booleans as booleans', async () => {
    const em = entityManager(orm);
    const createdAt = new Date('2026-02-03T04:05:06.789Z');
    const id = crypto.randomUUID();
    await em.insert(User, { id, email: `dates-${id}@example.com`, hashedPassword: 'x', fullName: null, isActive: false, createdAt });
    const sql = 'select extract(epoch from created_at) * 1000 as epoch_ms, pg_typeof(created_at)::text as type, is_active from "user" where id = ?';
    const [row] = await orm.em.getConnection().execute(sql, [id]);
    expect({ ...row, epoch_ms: Number(row?.epoch_ms) }).toEqual({ epoch_ms: createdAt.getTime(), type: 'timestamp with time zone', is_active: false });
    expect((await entityManager(orm).findOneOrFail(User, { createdAt })).id).toBe(id);
  });
});
