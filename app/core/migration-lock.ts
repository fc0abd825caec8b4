import pg from 'pg';
import type { DatabaseLocation } from './database-url.js';

/** Any fixed 64-bit key: every Kite process agrees on it, nothing else in the database should use it. */
const MIGRATION_LOCK_KEY = 4_711_202_612;

/**
 * Runs `migrate` while no other Kite process migrates the same database, so that migrations run
 * once however many processes start at the same time: the first applies them, the others wait, then
 * find nothing pending.
 * - PostgreSQL: a session-level advisory lock on a connection of its own (not the ORM's pool, whose
 *   connections come and go), released when `migrate` ends, or by the server if the process dies.
 * - SQLite takes no lock: a SQLite database belongs to one process (in memory) or to one machine's
 *   single process (a file; several processes are the PostgreSQL setup). Should two processes still
 *   start at once on one file, each migration is a transaction: the loser fails to start (busy, or
 *   "table already exists") and leaves the schema intact; started again, it finds nothing pending.
 */
export async function withMigrationLock<T>(location: DatabaseLocation, migrate: () => Promise<T>): Promise<T> {
  if (location.kind !== 'postgres') return migrate();
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await migrate();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
