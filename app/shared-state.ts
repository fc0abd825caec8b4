import type { Settings } from './core/config.js';
import type { Logger } from './core/logger.js';
import { closeRedis, connectRedis } from './core/redis.js';
import { FallbackLoginThrottle } from './core/security/fallback-throttle.js';
import { RedisLoginThrottle } from './core/security/redis-throttle.js';
import { InMemoryLoginThrottle, type LoginThrottle } from './core/security/throttle.js';
import { InMemoryChangeBus, type ChangeBus } from './services/bus.js';
import { RedisChangeBus } from './services/redis-bus.js';

/** What the processes of one deployment share: the change bus and the login throttling counts. */
export interface SharedState {
  bus: ChangeBus;
  throttle: LoginThrottle;
  /** Closes the connections opened here (not those of a bus handed in). */
  close(): Promise<void>;
}

/** In-process without `REDIS_URL`; with it, on Redis (waiting for it to be reachable first). */
export async function openSharedState(settings: Settings, logger: Logger, givenBus?: ChangeBus): Promise<SharedState> {
  const local = new InMemoryLoginThrottle(settings.loginThrottle);
  if (!settings.redisUrl) return { bus: givenBus ?? new InMemoryChangeBus(logger), throttle: local, close: async () => {} };
  let ownBus: RedisChangeBus | undefined;
  const bus = givenBus ?? (ownBus = await RedisChangeBus.connect(settings.redisUrl, logger));
  const counts = await connectRedis(settings.redisUrl, 'login throttle', logger);
  // Not the URL itself: it may hold a password.
  logger.info('the change bus and login throttling are shared through Redis');
  return {
    bus,
    throttle: new FallbackLoginThrottle(new RedisLoginThrottle(counts, settings.loginThrottle), local, logger),
    close: async () => {
      await Promise.all([ownBus?.close(), closeRedis(counts)]);
    },
  };
}
