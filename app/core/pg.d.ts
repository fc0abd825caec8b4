/**
 * The part of node-postgres (pg 8, which @mikro-orm/postgresql drives) that Kite uses directly: one
 * client of its own, for the migration lock and for test databases. pg ships no types and @types/pg
 * is not a dependency.
 */
declare module 'pg' {
  export interface ClientConfig {
    connectionString: string;
  }
  export class Client {
    constructor(config: ClientConfig);
    connect(): Promise<void>;
    query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
    end(): Promise<void>;
  }
  const pg: { Client: typeof Client };
  export default pg;
}
