import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, RequestContext, type EntityManager } from '@mikro-orm/sqlite';
import { entities } from '../models/entities.js';
import { migrations } from '../migrations/index.js';
import { BoundSqliteDriver } from './bound-sqlite.js';
import type { DatabaseLocation } from './config.js';
import type { Logger } from './logger.js';

export type Orm = MikroORM;

/** Opens the database, enables WAL for files, and applies pending migrations (never schema sync). */
export async function openDatabase(location: DatabaseLocation, logger: Logger): Promise<Orm> {
  if (location.kind === 'file') await mkdir(dirname(location.path), { recursive: true });
  const orm = await MikroORM.init({
    // Values are bound, never written into the SQL text (see bound-sqlite.ts).
    driver: BoundSqliteDriver,
    dbName: location.kind === 'file' ? location.path : ':memory:',
    entities,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, snapshot: false, transactional: true, silent: true },
    // Every unit of work must use its own fork (see entityManager below), never the global one.
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
  });
  try {
    if (location.kind === 'file') await orm.em.getConnection().execute('pragma journal_mode = wal');
    const applied = await orm.migrator.up();
    if (applied.length > 0) logger.info(`applied ${applied.length} database migration(s)`);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/**
 * The EntityManager for the current unit of work: the request's fork inside an HTTP request (one
 * identity map per request), otherwise a fresh fork, so services also work when called without HTTP.
 */
export function entityManager(orm: Orm): EntityManager {
  return (RequestContext.getEntityManager(orm.em.name) as EntityManager | undefined) ?? orm.em.fork();
}
