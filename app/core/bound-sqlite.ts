import {
  AbstractSqlDriver,
  type AbstractSqlPlatform,
  JsonProperty,
  SqliteConnection,
  SqlitePlatform,
  Utils,
  type AnyEntity,
  type Configuration,
  type EntityData,
  type Knex,
  type LoggingOptions,
  type QueryResult,
  type Transaction,
} from '@mikro-orm/sqlite';

/**
 * MikroORM 6's SQL connection does not bind: `AbstractSqlConnection.execute` inlines every parameter
 * into the SQL text (`platform.formatQuery`) and runs `knex.raw(formatted)`. Every query the ORM makes
 * (flush inserts, updates and deletes, batch inserts and updates, find, count, nativeDelete, query
 * builders with raw conditions) goes through `execute`. Inlined text is escaped, but SQLite reads the
 * statement as a C string, so a NUL ended the statement inside a literal: "unrecognized token", 500.
 * This connection hands the same SQL and parameters to knex as bindings, so sqlite3 binds every value.
 * MikroORM still inlines, while compiling, the parameters of a `raw()` fragment given to `qb.where()`
 * whole, to `select`, or to `orderBy`: pass values as filter objects or `qb.where(sql, params)`.
 */
export class BoundSqliteConnection extends SqliteConnection {
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
    return this.executeQuery(
      sql,
      async () => {
        const query = bindRaw(knex, this.platform, sql, params);
        if (ctx) query.transacting(ctx as Knex.Transaction);
        return this.transformRawResult<T>(await query, method);
      },
      { query: sql, params, ...loggerContext },
    );
  }
}

/** The SQLite driver of @mikro-orm/sqlite, with the binding connection above. */
export class BoundSqliteDriver extends AbstractSqlDriver<BoundSqliteConnection, SqlitePlatform> {
  constructor(config: Configuration) {
    super(config, new SqlitePlatform(), BoundSqliteConnection, ['knex', 'sqlite3']);
  }
}

/**
 * `sql` with MikroORM's placeholders (`?` a value, `??` an identifier) as a knex raw query with
 * bindings. Without parameters the text is left alone, as MikroORM does (a `?` in it is literal).
 */
function bindRaw(knex: Knex, platform: AbstractSqlPlatform, sql: string, params: readonly unknown[]): Knex.Raw {
  if (params.length === 0) return knex.raw(sql);
  return knex.raw(sql, params.map((value) => toBinding(knex, platform, value)));
}

/**
 * One parameter as sqlite3 should bind it, converted the way SqlitePlatform.quoteValue would have
 * written it into the SQL: SQL fragments stay SQL, dates are epoch milliseconds, JSON values are
 * their text, an array is a comma-separated list (nested arrays parenthesised), undefined is NULL.
 */
function toBinding(knex: Knex, platform: AbstractSqlPlatform, value: unknown): Knex.RawBinding {
  if (Utils.isRawSql(value)) return bindRaw(knex, platform, value.sql, value.params ?? []);
  if (platform.isRaw(value)) return value as Knex.Raw;
  if (value instanceof Date) return value.getTime();
  if (Utils.isPlainObject(value) || (value as { [JsonProperty]?: unknown } | null)?.[JsonProperty]) return JSON.stringify(value);
  if (Array.isArray(value)) {
    const list = value.map((element) => (Array.isArray(element) ? '(?)' : '?')).join(', ');
    return bindRaw(knex, platform, list, value);
  }
  return (value ?? null) as Knex.Value;
}
