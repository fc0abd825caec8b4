import { afterAll, inject } from 'vitest';
import type { DatabaseLocation } from '../../app/core/database-url.js';
import { createDatabase } from './postgres.js';

/**
 * Where a test file keeps its data: in-memory SQLite, or in the `postgres` test project a PostgreSQL
 * database of its own, dropped after the file's tests (see vitest.config.ts).
 */
export async function testDatabaseLocation(): Promise<DatabaseLocation> {
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) return { kind: 'memory' };
  const database = await createDatabase(adminUrl);
  afterAll(() => database.drop());
  return { kind: 'postgres', url: database.url };
}

/** PostgreSQL text cannot hold a NUL (the API refuses control characters long before): SQLite alone stores one. */
export function storesNul(location: DatabaseLocation): boolean {
  return location.kind !== 'postgres';
}

/** `text` changed but no longer: its first character (code point) replaced, so 255 characters still fit a varchar(255). */
export function edited(text: string): string {
  return `!${[...text].slice(1).join('')}`;
}
