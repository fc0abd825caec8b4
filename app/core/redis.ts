import { createClient } from 'redis';
import type { Logger } from './logger.js';

/** Waits between reconnect attempts: quick at first, then at most this long, for as long as it takes. */
const MAX_RECONNECT_DELAY_MS = 2_000;
/**
 * A command unanswered for this long fails, even once sent: a frozen Redis or a silently cut network
 * must not hold a login (or anything else) for minutes. Our commands are safe to fail this way: a
 * late publish costs at most one extra refresh, a late throttle write one more recorded failure.
 */
const COMMAND_DEADLINE_MS = 1_000;

function newClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_DEADLINE_MS, rejectInFlight: true },
    socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS) },
  });
}

export type RedisConnection = ReturnType<typeof newClient>;

/**
 * A connected Redis client that survives outages: it reconnects by itself (forever, with backoff),
 * logs the loss once and the recovery once (not every failed attempt), and refuses commands while
 * disconnected instead of queueing them, so no caller waits on Redis or piles up memory meanwhile.
 * Resolves once the first connection is ready: the app starts only with Redis reachable.
 */
export async function connectRedis(url: string, role: string, logger: Logger): Promise<RedisConnection> {
  const client = newClient(url);
  let lost = false;
  let everReady = false;
  // Without an 'error' listener, an emitted error would crash the process.
  client.on('error', (error: unknown) => {
    if (lost) return;
    lost = true;
    const what = everReady ? 'connection lost' : 'not reachable yet';
    logger.warn(`Redis ${role} ${what}, reconnecting: ${error instanceof Error ? error.message : String(error)}`);
  });
  client.on('ready', () => {
    everReady = true;
    if (!lost) return;
    lost = false;
    logger.info(`Redis ${role} connection is back`);
  });
  await client.connect();
  return client;
}

/** Lets pending commands finish when connected; while Redis is away there is nothing to wait for. */
export async function closeRedis(client: RedisConnection): Promise<void> {
  if (client.isReady) await client.close();
  else client.destroy();
}
