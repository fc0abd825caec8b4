import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityManager, openDatabase, type Orm } from '../../../app/core/db.js';
import { silentLogger } from '../../../app/core/logger.js';
import { migrations } from '../../../app/migrations/index.js';
import { Item, User } from '../../../app/models/entities.js';
import { postgresAdminUrl, postgresTestDatabase } from '../../support/database.js';

// The same migrations on SQLite: tests/app/core/db.test.ts.
const adminUrl = postgresAdminUrl();

describe.skipIf(!adminUrl)('the migrations on PostgreSQL', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await openDatabase(await postgresTestDatabase(adminUrl as string), silentLogger);
  });
  afterAll(() => orm?.close(true));

  const query = (sql: string, params: unknown[] = []) => orm.em.getConnection().execute(sql, params);

  it('apply every committed migration and match the entity definitions exactly', async () => {
    expect((await orm.migrator.getExecutedMigrations()).map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    // An entity change without a PostgreSQL migration shows up here as schema drift.
    expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('give the columns native types: uuid, varchar(255), boolean, timestamptz, integer', async () => {
    const columns = await query(
      "select table_name || '.' || column_name as name, data_type, character_maximum_length as length, is_nullable, column_default from information_schema.columns where table_schema = 'public' and table_name in ('user', 'item') order by 1",
    );
    const described = Object.fromEntries(columns.map((c) => [c.name, [c.data_type, c.length, c.is_nullable, c.column_default].filter((v) => v !== null).join(' ')]));
    expect(described).toEqual({
      'item.created_at': 'timestamp with time zone NO',
      'item.description': 'character varying 255 YES',
      'item.id': 'uuid NO',
      'item.owner_id': 'uuid NO',
      'item.title': 'character varying 255 NO',
      'user.created_at': 'timestamp with time zone NO',
      'user.email': 'character varying 255 NO',
      'user.full_name': 'character varying 255 YES',
      'user.hashed_password': 'character varying 255 NO',
      'user.id': 'uuid NO',
      'user.is_active': 'boolean NO true',
      'user.is_superuser': 'boolean NO false',
      'user.token_version': 'integer NO 0',
    });
    const indexes = await query("select indexname from pg_indexes where tablename in ('user', 'item') order by 1");
    expect(indexes.map((i) => i.indexname)).toEqual(['item_owner_id_index', 'item_pkey', 'user_email_unique', 'user_pkey']);
  });

  it('refuse a second account with the same email, and delete the items of a deleted user', async () => {
    const em = entityManager(orm);
    const owner = em.create(User, { id: crypto.randomUUID(), email: 'owner@example.com', hashedPassword: 'x', fullName: null });
    em.create(Item, { id: crypto.randomUUID(), title: 'kept until the owner goes', description: null, owner });
    await em.flush();
    const twin = { id: crypto.randomUUID(), email: 'owner@example.com', hashedPassword: 'x', fullName: null, createdAt: new Date() };
    await expect(entityManager(orm).insert(User, twin)).rejects.toThrow(/user_email_unique/);
    await query('delete from "user" where id = ?', [owner.id]);
    expect(await entityManager(orm).count(Item, {})).toBe(0);
  });

  it('roll back to an empty database and forward again', async () => {
    await orm.migrator.down({ to: 0 });
    const tables = async () => (await query("select tablename from pg_tables where schemaname = 'public' order by 1")).map((t) => t.tablename);
    expect(await tables()).toEqual(['mikro_orm_migrations']);
    await orm.migrator.up();
    expect(await tables()).toEqual(['item', 'mikro_orm_migrations', 'user']);
  });
});
