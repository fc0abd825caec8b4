import { JsonProperty, Utils, type AnyEntity, type EntityData, type LoggingOptions, type Transaction } from '@mikro-orm/core';
// Types only: both drivers (@mikro-orm/sqlite, @mikro-orm/postgresql) are built on @mikro-orm/knex.
import type { AbstractSqlConnection, AbstractSqlPlatform, Knex, QueryResult } from '@mikro-orm/knex';

/** How a dialect stores a date: the value its platform would have written into the SQL text. */
export type DateBinding = (date: Date, platform: AbstractSqlPlatform) => Knex.Value;

// TypeScript wants a mixin's base to take `any[]`; abstract, so each driver's concrete class can be the base.
type ConnectionClass = abstract new (...args: any[]) => AbstractSqlConnection;

/**
 * MikroORM 6's SQL connection does not bind: `AbstractSqlConnection.execute` inlines every parameter
 * into the SQL text (`platform.formatQuery`) and runs `knex.raw(formatted)`, on every dialect. Every
 * query the ORM makes (flush inserts, updates and deletes, batch inserts and updates, find, count,
 * nativeDelete, query builders with raw conditions) goes through `execute`. Inlined text is escaped,
 * but one escaping slip is an injection, and SQLite even read a NUL inside a literal as the end of the
 * statement. The class this returns hands the same SQL and parameters to knex as bindings, so the
 * database driver (sqlite3, pg) binds every value. MikroORM still inlines, while compiling, the
 * parameters of a `raw()` fragment given to `qb.where()` whole, to `select`, or to `orderBy`: pass
 * values as filter objects or `qb.where(sql, params)`.
 */
export function boundConnection<Base extends ConnectionClass>(Base: Base, dateBinding: DateBinding) {
  abstract class BoundConnection extends Base {
    override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
      queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
      params: unknown[] = [],
      method: 'all' | 'get' | 'run' = 'all',
      ctx?: Transaction,
      loggerContext?: LoggingOptions,
    ): Promise<T> {
      await this.ensureConnection();
      let sql: string;
      if (typeof queryOrKnex === 'string') {
        sql = queryOrKnex;
      } else {
        // A knex builder made inside a transaction runs in it (as in AbstractSqlConnection).
        ctx ??= (queryOrKnex as unknown as { client: { transacting?: boolean } }).client.transacting ? queryOrKnex : undefined;
        const compiled = queryOrKnex.toSQL();
        sql = compiled.sql;
        params = [...(compiled.bindings ?? [])];
      }
      sql = this.config.get('onQuery')(sql, params);
      const knex = this.getKnex();
      const binder = new Binder(knex, this.platform, dateBinding);
      return this.executeQuery(
        sql,
        async () => {
          const query = binder.raw(sql, params);
          if (ctx) query.transacting(ctx as Knex.Transaction);
          return this.transformRawResult<T>(await query, method);
        },
        { query: sql, params, ...loggerContext },
      );
    }
  }
  return BoundConnection;
}

/** Turns MikroORM's SQL and parameters into a knex raw query with bindings. */
class Binder {
  constructor(
    private readonly knex: Knex,
    private readonly platform: AbstractSqlPlatform,
    private readonly dateBinding: DateBinding,
  ) {}

  /**
   * `sql` with MikroORM's placeholders (`?` a value, `??` an identifier) as a knex raw query with
   * bindings. Without parameters the text is left alone, as MikroORM does (a `?` in it is literal).
   */
  raw(sql: string, params: readonly unknown[]): Knex.Raw {
    if (params.length === 0) return this.knex.raw(sql);
    return this.knex.raw(sql, params.map((value) => this.binding(value)));
  }

  /**
   * One parameter as the driver should bind it, converted the way the platform's quoteValue would
   * have written it into the SQL: SQL fragments stay SQL, dates as the dialect stores them, JSON
   * values are their text, an array is a comma-separated list (nested arrays parenthesised), as in
   * `in (?)`, and undefined is NULL.
   */
  private binding(value: unknown): Knex.RawBinding {
    if (Utils.isRawSql(value)) return this.raw(value.sql, value.params ?? []);
    if (this.platform.isRaw(value)) return value as Knex.Raw;
    if (value instanceof Date) return this.dateBinding(value, this.platform);
    if (Utils.isPlainObject(value) || (value as { [JsonProperty]?: unknown } | null)?.[JsonProperty]) return JSON.stringify(value);
    if (Array.isArray(value)) {
      const list = value.map((element) => (Array.isArray(element) ? '(?)' : '?')).join(', ');
      return this.raw(list, value);
    }
    return (value ?? null) as Knex.Value;
  }
}
