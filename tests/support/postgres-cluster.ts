import type { TestProject } from 'vitest/node';
import { POSTGRES_MISSING_NOTICE, postgresInstalled, startPostgresCluster } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The superuser URL of the test run's PostgreSQL cluster; null when PostgreSQL is not installed. */
    postgresAdminUrl: string | null;
  }
}

/** Vitest globalSetup: one cluster serves every test file of the project (each makes its own databases). */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!postgresInstalled()) {
    console.warn(POSTGRES_MISSING_NOTICE);
    project.provide('postgresAdminUrl', null);
    return undefined;
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
