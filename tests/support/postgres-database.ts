import { afterAll, inject } from 'vitest';
import { POSTGRES_MISSING_NOTICE, createDatabase } from './postgres.js';

/** The test run's cluster (see tests/support/postgres-cluster.ts), or null: then say so once and skip. */
export function postgresAdminUrl(): string | null {
  const adminUrl = inject('postgresAdminUrl') ?? null;
  if (!adminUrl) console.warn(POSTGRES_MISSING_NOTICE);
  return adminUrl;
}

/** A fresh database for this test file, dropped after its tests. */
export async function testDatabase(adminUrl: string): Promise<string> {
  const database = await createDatabase(adminUrl);
  afterAll(() => database.drop());
  return database.url;
}
