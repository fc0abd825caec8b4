import { Migration } from '@mikro-orm/migrations';

/** Initial schema: users and their items (deleting a user deletes their items). */
export class Migration20261123000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `user` (`id` text not null, `email` text not null, `hashed_password` text not null, `full_name` text null, `is_active` integer not null default true, `is_superuser` integer not null default false, `created_at` datetime not null, primary key (`id`));',
    );
    this.addSql('create unique index `user_email_unique` on `user` (`email`);');
    this.addSql(
      'create table `item` (`id` text not null, `title` text not null, `description` text null, `owner_id` text not null, `created_at` datetime not null, constraint `item_owner_id_foreign` foreign key(`owner_id`) references `user`(`id`) on delete cascade on update cascade, primary key (`id`));',
    );
    this.addSql('create index `item_owner_id_index` on `item` (`owner_id`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `item`;');
    this.addSql('drop table if exists `user`;');
  }
}
