import { Migration } from '@mikro-orm/migrations';

/** Users get a token version: access tokens carry it, and bumping it revokes the user's older tokens. */
export class Migration20261204000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `user` add column `token_version` integer not null default 0;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table `user` drop column `token_version`;');
  }
}
