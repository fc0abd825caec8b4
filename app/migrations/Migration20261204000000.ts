import { DialectMigration, type Dialect } from './dialect-migration.js';

/** Users get a token version: access tokens carry it, and bumping it revokes the user's older tokens. */
export class Migration20261204000000 extends DialectMigration {
  protected override statements(dialect: Dialect) {
    if (dialect === 'postgresql') {
      return {
        up: ['alter table "user" add column "token_version" int not null default 0;'],
        down: ['alter table "user" drop column "token_version";'],
      };
    }
    return {
      up: ['alter table `user` add column `token_version` integer not null default 0;'],
      down: ['alter table `user` drop column `token_version`;'],
    };
  }
}
