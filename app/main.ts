import { API_PREFIX } from './api/route.js';
import { ConfigError, loadSettings, type Settings } from './core/config.js';
import { consoleLogger as logger } from './core/logger.js';
import { createApp } from './create-app.js';

const SHUTDOWN_GRACE_MS = 10_000;

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

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received, shutting down`);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Requests in flight get a grace period; long-lived connections are cut after it.
  const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  await closed;
  clearTimeout(force);
  await kite.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
