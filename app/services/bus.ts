import type { Logger } from '../core/logger.js';

export interface ChangeEvent {
  kind: 'item' | 'user';
  action: 'created' | 'updated' | 'deleted';
  id: string;
  /** For items: whose item it is, so listeners can filter without a lookup. */
  ownerId?: string;
}

export type ChangeListener = (event: ChangeEvent) => void;

/**
 * Where services announce committed changes. An interface so a multi-process (Redis) bus can replace
 * it. Publishing never throws and never waits: the change is committed already, telling is best effort.
 */
export interface ChangeBus {
  publish(event: ChangeEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
  /**
   * Called when changes may have been missed (a lost connection to the other processes is back):
   * whoever shows data should reload it. Returns the unsubscribe function.
   */
  onMissedChanges(listener: () => void): () => void;
}

/**
 * Delivers synchronously, in subscription order; a throwing listener is logged and never affects the
 * others or the publisher. On its own it never misses a change; `announceMissedChanges` is for a bus
 * that builds on it.
 */
export class InMemoryChangeBus implements ChangeBus {
  private readonly listeners = new Set<ChangeListener>();
  private readonly missedListeners = new Set<() => void>();

  constructor(private readonly logger: Logger) {}

  publish(event: ChangeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(`change listener failed on ${event.kind} ${event.action}`, error);
      }
    }
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  onMissedChanges(listener: () => void): () => void {
    this.missedListeners.add(listener);
    return () => {
      this.missedListeners.delete(listener);
    };
  }

  announceMissedChanges(): void {
    for (const listener of [...this.missedListeners]) {
      try {
        listener();
      } catch (error) {
        this.logger.error('missed-changes listener failed', error);
      }
    }
  }
}
