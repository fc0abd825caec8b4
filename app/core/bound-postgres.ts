import { AbstractSqlDriver, PostgreSqlConnection, PostgreSqlPlatform, type Configuration } from '@mikro-orm/postgresql';
import { boundConnection } from './bound-connection.js';

/**
 * PostgreSQL's connection with every value bound (see bound-connection.ts). A date is bound as the
 * text PostgreSqlPlatform would have inlined (ISO 8601 with its offset), not left to pg, whose own
 * conversion depends on the process's time zone settings in other ways.
 */
export class BoundPostgreSqlConnection extends boundConnection(PostgreSqlConnection, (date, platform) => (platform as PostgreSqlPlatform).formatDate(date)) {}

/** The PostgreSQL driver of @mikro-orm/postgresql, with the binding connection above. */
export class BoundPostgreSqlDriver extends AbstractSqlDriver<BoundPostgreSqlConnection, PostgreSqlPlatform> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), BoundPostgreSqlConnection, ['knex', 'pg']);
  }
}
