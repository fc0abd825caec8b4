import { AbstractSqlDriver, SqliteConnection, SqlitePlatform, type Configuration } from '@mikro-orm/sqlite';
import { boundConnection } from './bound-connection.js';

/** SQLite's connection with every value bound (see bound-connection.ts); dates are epoch milliseconds, as SqlitePlatform writes them. */
export class BoundSqliteConnection extends boundConnection(SqliteConnection, (date) => date.getTime()) {}

/** The SQLite driver of @mikro-orm/sqlite, with the binding connection above. */
export class BoundSqliteDriver extends AbstractSqlDriver<BoundSqliteConnection, SqlitePlatform> {
  constructor(config: Configuration) {
    super(config, new SqlitePlatform(), BoundSqliteConnection, ['knex', 'sqlite3']);
  }
}
