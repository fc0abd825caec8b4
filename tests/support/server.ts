import type { AddressInfo } from 'node:net';
import type { Env, Settings } from '../../app/core/config.js';
import { createApp, type KiteApp } from '../../app/create-app.js';
import { apiClient, type ApiClient } from './http.js';
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

/** The real app on an ephemeral port with an in-memory database. Pass env overrides or a settings tweak. */
export async function startTestServer(env: Env = {}, tweak: (s: Settings) => Settings = (s) => s): Promise<TestServer> {
  const settings = tweak(testSettings(env));
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
    },
  };
}
