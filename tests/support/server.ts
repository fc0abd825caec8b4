import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import type { Env, Settings } from '../../app/core/config.js';
import { createApp, type KiteApp } from '../../app/create-app.js';
import { apiClient, type ApiClient } from './http.js';
import { createDatabase } from './postgres.js';
import { recordingLogger } from './logger.js';
import { testSettings } from './settings.js';

export interface TestServer {
  kite: KiteApp;
  settings: Settings;
  baseUrl: string;
  api: ApiClient;
  logs: ReturnType<typeof recordingLogger>;
  stop(): Promise<void>;
}

/**
 * The real app on an ephemeral port with an in-memory database, or in the `postgres` test project a
 * PostgreSQL database of its own (dropped on stop). Pass env overrides or a settings tweak.
 */
export async function startTestServer(env: Env = {}, tweak: (s: Settings) => Settings = (s) => s): Promise<TestServer> {
  const postgres = env.DATABASE_URL === undefined ? await postgresDatabase() : null;
  const settings = tweak(testSettings(postgres ? { ...env, DATABASE_URL: postgres.url } : env));
  const logs = recordingLogger();
  const kite = await createApp(settings, { logger: logs });
  const server = kite.server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    kite,
    settings,
    baseUrl,
    api: apiClient(baseUrl),
    logs,
    stop: async () => {
      // Requests of a finished test are not waited for; open tabs are closed by kite.close.
      server.closeAllConnections();
      await kite.close();
      await postgres?.drop();
    },
  };
}

/** A fresh database when the test project provides a PostgreSQL cluster (see vitest.config.ts). */
async function postgresDatabase(): Promise<Awaited<ReturnType<typeof createDatabase>> | null> {
  const adminUrl = inject('postgresAdminUrl');
  return adminUrl ? createDatabase(adminUrl) : null;
}
