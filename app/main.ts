import { API_PREFIX } from './api/route.js';
import { ConfigError, loadSettings, type Settings } from './core/config.js';
import { consoleLogger as logger } from './core/logger.js';
import { createApp } from './create-app.js';

function settingsOrExit(): Settings {
  try {
    return loadSettings(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.error(error.message);
    process.exit(1);
  }
}

const settings = settingsOrExit();
const kite = await createApp(settings, { logger });
const server = kite.server;

server.listen(settings.port, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  logger.info(`listening on http://localhost:${port} (API ${API_PREFIX}, docs /docs and /redoc)`);
});

/** Open tabs, requests in flight and pending writes get this long; then the process exits regardless. */
const SHUTDOWN_GRACE_MS = 5_000;

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    logger.warn(`${signal} received again, exiting now`);
    process.exit(1);
  }
  stopping = true;
  logger.info(`${signal} received, shutting down`);
  // The last resort, should closing the database or a write hang past the grace period.
  setTimeout(() => {
    logger.error(`shutdown took longer than ${SHUTDOWN_GRACE_MS + 1_000} ms; exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_GRACE_MS + 1_000).unref();
  await kite.close(SHUTDOWN_GRACE_MS);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
