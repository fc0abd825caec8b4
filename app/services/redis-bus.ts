import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logger.js';
import { closeRedis, connectRedis, type RedisConnection } from '../core/redis.js';
import { InMemoryChangeBus, type ChangeBus, type ChangeEvent, type ChangeListener } from './bus.js';

const CHANNEL = 'kite:changes';

/** What travels on the channel: a change, or a notice that the sender could not publish some. */
type BusMessage = { origin: string; event: ChangeEvent } | { origin: string; missed: true };

/**
 * The change bus shared by every process on one Redis (pub/sub on one channel, JSON messages).
 *
 * Delivery: a process delivers its own changes at once and in-process, exactly as the in-memory bus
 * does (so its own screens stay live through a Redis outage), and skips them when they come back from
 * Redis (each message names its sending process). Changes of the other processes arrive from Redis.
 *
 * Order: every process sees the changes of one process in the order they were published (one
 * connection, and Redis keeps a channel's order). Changes of different processes may interleave
 * differently on different processes; listeners reload data, so that costs nothing.
 *
 * Gaps: when the subscription comes back after a loss, or another process announces that it could
 * not publish while its connection was down, the bus tells `onMissedChanges` listeners once.
 */
export class RedisChangeBus implements ChangeBus {
  private readonly local: InMemoryChangeBus;
  private readonly origin = randomUUID();
  private publishFailed = false;

  private constructor(
    private readonly publisher: RedisConnection,
    private readonly subscriber: RedisConnection,
    private readonly logger: Logger,
  ) {
    this.local = new InMemoryChangeBus(logger);
  }

  /** Resolves once subscribed, so nothing published after it is missed. */
  static async connect(url: string, logger: Logger): Promise<RedisChangeBus> {
    const publisher = await connectRedis(url, 'change bus publisher', logger);
    const subscriber = await connectRedis(url, 'change bus subscriber', logger);
    const bus = new RedisChangeBus(publisher, subscriber, logger);
    await subscriber.subscribe(CHANNEL, (message) => bus.receive(message));
    // From now on every 'ready' is a reconnect; the client has already subscribed again by then.
    subscriber.on('ready', () => bus.local.announceMissedChanges());
    publisher.on('ready', () => bus.announceLostPublishes());
    return bus;
  }

  publish(event: ChangeEvent): void {
    this.local.publish(event);
    this.send({ origin: this.origin, event }, `${event.kind} ${event.action}`);
  }

  subscribe(listener: ChangeListener): () => void {
    return this.local.subscribe(listener);
  }

  onMissedChanges(listener: () => void): () => void {
    return this.local.onMissedChanges(listener);
  }

  async close(): Promise<void> {
    await Promise.all([closeRedis(this.subscriber), closeRedis(this.publisher)]);
  }

  private send(message: BusMessage, what: string): void {
    const failed = (error: unknown) => {
      this.publishFailed = true;
      this.logger.warn(`could not publish ${what} to Redis (the change itself is saved; other processes refresh when Redis is back): ${error instanceof Error ? error.message : String(error)}`);
    };
    try {
      this.publisher.publish(CHANNEL, JSON.stringify(message)).catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  /** The others kept their subscription but missed what this process could not send: tell them. */
  private announceLostPublishes(): void {
    if (!this.publishFailed) return;
    this.publishFailed = false;
    this.send({ origin: this.origin, missed: true }, 'a missed-changes notice');
  }

  private receive(raw: string): void {
    let message: BusMessage;
    try {
      message = JSON.parse(raw) as BusMessage;
    } catch {
      this.logger.warn(`ignored a malformed message on Redis channel ${CHANNEL}`);
      return;
    }
    if (message.origin === this.origin) return;
    if ('missed' in message) this.local.announceMissedChanges();
    else this.local.publish(message.event);
  }
}
