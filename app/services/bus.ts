import type { Logger } from '../core/logger.js';

export interface ChangeEvent {
  kind: 'item' | 'user';
  action: 'created' | 'updated' | 'deleted';
  id: string;
  /** For items: whose item it is, so listeners can filter without a lookup. */
  ownerId?: string;
}

export type ChangeListener = (event: ChangeEvent) => void;

/** Where services announce committed changes. An interface so a multi-process (e.g. Redis) bus can replace it. */
export interface ChangeBus {
  publish(event: ChangeEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
}

/** Delivers synchronously, in subscription order; a throwing listener is logged and never affects the others or the publisher. */
export class InMemoryChangeBus implements ChangeBus {
  private readonly listeners = new Set<ChangeListener>();

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
}
