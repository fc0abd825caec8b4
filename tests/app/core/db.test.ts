import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RequestContext } from '@mikro-orm/sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { entityManager, openDatabase, type Orm } from '../../../app/core/db.js';
import { silentLogger } from '../../../app/core/logger.js';
import { migrations } from '../../../app/migrations/index.js';
import { recordingLogger } from '../../support/logger.js';

describe('openDatabase', () => {
  const opened: Orm[] = [];
  let dir: string | undefined;
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((orm) => orm.close(true)));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('applies the committed migrations, and they match the entity definitions exactly', async () => {
    const orm = await openDatabase({ kind: 'memory' }, silentLogger);
    opened.push(orm);
    expect((await orm.migrator.getExecutedMigrations()).map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(await orm.migrator.getPendingMigrations()).toEqual([]);
    // An entity change without a migration shows up here as schema drift.
    expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('creates the data folder for a file database and turns on WAL', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kite-db-'));
    const path = join(dir, 'nested', 'data', 'app.db');
    const orm = await openDatabase({ kind: 'file', path }, silentLogger);
    opened.push(orm);
    expect((await stat(path)).isFile()).toBe(true);
    const [mode] = await orm.em.getConnection().execute('pragma journal_mode');
    expect(mode).toEqual({ journal_mode: 'wal' });
  });

  it('is idempotent: reopening a migrated file database applies nothing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kite-db-'));
    const path = join(dir, 'app.db');
    await (await openDatabase({ kind: 'file', path }, silentLogger)).close(true);
    const orm = await openDatabase({ kind: 'file', path }, silentLogger);
    opened.push(orm);
    expect(await orm.migrator.getPendingMigrations()).toEqual([]);
  });

  it('names a PostgreSQL server it cannot reach, with the password masked', async () => {
    const logs = recordingLogger();
    // Nothing listens on port 1 of this machine: the connection is refused at once.
    const opening = openDatabase({ kind: 'postgres', url: 'postgres://kite:hunter2@127.0.0.1:1/kite' }, logs);
    await expect(opening).rejects.toThrow('cannot open the database postgres://kite:*****@127.0.0.1:1/kite: connect ECONNREFUSED');
    await expect(opening).rejects.not.toThrow('hunter2');
    expect(logs.text()).not.toContain('hunter2');
  });

  it('gives each unit of work its own fork, and the request fork inside a request context', async () => {
    const orm = await openDatabase({ kind: 'memory' }, silentLogger);
    opened.push(orm);
    const a = entityManager(orm);
    const b = entityManager(orm);
    expect(a).not.toBe(b);
    expect(a).not.toBe(orm.em);
    await RequestContext.create(orm.em, async () => {
      expect(entityManager(orm)).toBe(entityManager(orm));
    });
  });
});
