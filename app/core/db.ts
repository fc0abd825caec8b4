import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MikroORM, RequestContext, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../models/entities.js';
import { migrations } from '../migrations/index.js';
import { BoundPostgreSqlDriver } from './bound-postgres.js';
import { BoundSqliteDriver } from './bound-sqlite.js';
import { redactedDatabaseUrl, type DatabaseLocation } from './database-url.js';
import type { Logger } from './logger.js';
import { withMigrationLock } from './migration-lock.js';

export type Orm = MikroORM<AbstractSqlDriver, EntityManager>;
export type EntityManager = SqlEntityManager<AbstractSqlDriver>;

/** Opens the database (SQLite or PostgreSQL), enables WAL for SQLite files, and applies pending migrations (never schema sync). */
export async function openDatabase(location: DatabaseLocation, logger: Logger): Promise<Orm> {
  if (location.kind === 'file') await mkdir(dirname(location.path), { recursive: true });
  const orm = (await MikroORM.init({
    ...connectionOptions(location),
    entities,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, snapshot: false, transactional: true, silent: true },
    // Every unit of work must use its own fork (see entityManager below), never the global one.
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
  }).catch((error: unknown) => {
    // Drivers say "ECONNREFUSED 10.0.0.5:5432" or "password authentication failed": name the database, never the password.
    throw new Error(`cannot open the database ${redactedDatabaseUrl(location)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  })) as unknown as Orm;
  try {
    if (location.kind === 'file') await orm.em.getConnection().execute('pragma journal_mode = wal');
    const applied = await withMigrationLock(location, () => orm.migrator.up());
    if (applied.length > 0) logger.info(`applied ${applied.length} database migration(s)`);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/** The driver and where it connects. Values are bound, never written into the SQL text (see bound-connection.ts). */
function connectionOptions(location: DatabaseLocation): Options {
  if (location.kind === 'postgres') return { driver: BoundPostgreSqlDriver, clientUrl: location.url };
  return { driver: BoundSqliteDriver, dbName: location.kind === 'file' ? location.path : ':memory:' };
}

/**
 * The EntityManager for the current unit of work: the request's fork inside an HTTP request (one
 * identity map per request), otherwise a fresh fork, so services also work when called without HTTP.
 */
export function entityManager(orm: Orm): EntityManager {
  return (RequestContext.getEntityManager(orm.em.name) as EntityManager | undefined) ?? orm.em.fork();
}
