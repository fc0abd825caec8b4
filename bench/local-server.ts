import { fileURLToPath } from 'node:url';
import { run, type RunningApp } from '../framework/index.js';
import { MemoryLogger } from '../framework/testing/index.js';
import { pageSets, type PageSetName } from './pages.js';

const fixtureAssets = fileURLToPath(new URL('./fixtures/assets', import.meta.url));

/**
 * A server in this process on a loopback port, for figures that do not depend on CPU (bytes).
 * `assetsDir` defaults to a fixture manifest, so it does not need the client build.
 */
export function startLocalServer(pages: PageSetName, assetsDir = fixtureAssets): Promise<RunningApp> {
  return run({ pages: pageSets[pages], port: 0, host: '127.0.0.1', storageDir: false, assetsDir, logger: new MemoryLogger(), dev: false });
}
