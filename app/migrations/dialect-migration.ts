import { Migration } from '@mikro-orm/migrations';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export type Dialect = 'sqlite' | 'postgresql';

/**
 * A migration written out for each database the app runs on. Each dialect gets the DDL MikroORM's
 * schema generator makes for it from the entities (tests/app/migrations checks there is no difference),
 * so the same model means uuid, varchar(255), boolean and timestamptz on PostgreSQL.
 */
export abstract class DialectMigration extends Migration {
  protected abstract statements(dialect: Dialect): { up: string[]; down: string[] };

  override up(): void {
    for (const sql of this.statements(this.dialect()).up) this.addSql(sql);
  }

  override down(): void {
    for (const sql of this.statements(this.dialect()).down) this.addSql(sql);
  }

  private dialect(): Dialect {
    return this.driver.getPlatform() instanceof PostgreSqlPlatform ? 'postgresql' : 'sqlite';
  }
}
