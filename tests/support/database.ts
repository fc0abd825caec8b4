import { afterAll, inject } from 'vitest';
import type { DatabaseLocation } from '../../app/core/database-url.js';
import { createDatabase } from './postgres.js';

/**
 * The `postgres` test project's cluster (tests/support/postgres-cluster.ts): undefined in other
 * projects, null when PostgreSQL is not installed (then the setup said so, once, and tests skip).
 */
export function postgresAdminUrl(): string | null {
  return inject('postgresAdminUrl') ?? null;
}

/** A PostgreSQL database of this test file's own, dropped after its tests. */
export async function postgresTestDatabase(adminUrl: string): Promise<DatabaseLocation> {
  const database = await createDatabase(adminUrl);
  afterAll(() => database.drop());
  return { kind: 'postgres', url: database.url };
}

/** Where a test file keeps its data: in-memory SQLite, or a database of its own in the `postgres` project. */
export async function testDatabaseLocation(): Promise<DatabaseLocation> {
  const adminUrl = postgresAdminUrl();
  return adminUrl ? postgresTestDatabase(adminUrl) : { kind: 'memory' };
}

/** PostgreSQL text cannot hold a NUL (the API refuses control characters long before): SQLite alone stores one. */
export function storesNul(location: DatabaseLocation): boolean {
  return location.kind !== 'postgres';
}

/** `text` changed but no longer: its first character (code point) replaced, so 255 characters still fit a varchar(255). */
export function edited(text: string): string {
  return `!${[...text].slice(1).join('')}`;
}
