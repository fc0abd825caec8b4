import { defineConfig } from 'vitest/config';
import { postgresInstalled } from './tests/support/postgres.js';

/** Tests of PostgreSQL itself; they need the cluster of the `postgres` project. */
const POSTGRES_TESTS = ['tests/app/core/bound-postgres.test.ts', 'tests/app/core/migration-lock.test.ts', 'tests/app/migrations/postgres.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', ...POSTGRES_TESTS],
          environment: 'node',
        },
      },
      {
        test: {
          // The REST API and repository suites again, each test server or file on a database of its own
          // in a throwaway cluster (tests/support/server.ts, database.ts). Without PostgreSQL they are
          // left out and the PostgreSQL tests skip with a notice.
          name: 'postgres',
          include: [...POSTGRES_TESTS, ...(postgresInstalled() ? ['tests/app/api/**/*.test.ts', 'tests/app/repositories/**/*.test.ts'] : [])],
          globalSetup: ['tests/support/postgres-cluster.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
