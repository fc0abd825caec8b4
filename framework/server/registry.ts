import type { Client } from '../core/client.js';

/**
 * The live clients of one mount. A client without a socket is kept for the retention window
 * (a reconnecting tab resumes where it was) and then deleted with everything it holds. A page
 * whose tab never connects (a crawler, a client that does not run scripts) is kept only for the
 * join window: a browser connects within seconds of the first HTML.
 */
export class ClientRegistry {
  private clients = new Map<string, Client>();
  private expiries = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly retentionMs: number,
    private readonly joinMs = retentionMs,
  ) {}

  get size(): number {
    return this.clients.size;
  }

  get(id: string): Client | undefined {
    return this.clients.get(id);
  }

  values(): IterableIterator<Client> {
    return this.clients.values();
  }

  /** Adds a client that has no socket yet: it expires unless a tab connects within the join window. */
  add(client: Client): void {
    this.clients.set(client.id, client);
    client.onDelete(this.forgetClient);
    this.expireAfter(client, this.joinMs);
  }

  /** A tab connected: the client stays as long as the socket does. */
  connected(client: Client): void {
    clearTimeout(this.expiries.get(client.id));
    this.expiries.delete(client.id);
  }

  /** The socket went away: the client waits for a rejoin until the retention window ends. */
  startRetention(client: Client): void {
    this.expireAfter(client, this.retentionMs);
  }

  private expireAfter(client: Client, ms: number): void {
    clearTimeout(this.expiries.get(client.id));
    this.expiries.set(
      client.id,
      setTimeout(() => client.delete(), ms),
    );
  }

  deleteAll(): void {
    for (const client of [...this.clients.values()]) client.delete();
  }

  /** One delete hook for every client (not a closure per client). */
  private readonly forgetClient = (client: Client): void => this.forget(client.id);

  private forget(id: string): void {
    clearTimeout(this.expiries.get(id));
    this.expiries.delete(id);
    this.clients.delete(id);
  }
}
