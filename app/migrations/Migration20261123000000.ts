import { DialectMigration, type Dialect } from './dialect-migration.js';

/** Initial schema: users and their items (deleting a user deletes their items). */
export class Migration20261123000000 extends DialectMigration {
  protected override statements(dialect: Dialect) {
    if (dialect === 'postgresql') {
      return {
        up: [
          'create table "user" ("id" uuid not null, "email" varchar(255) not null, "hashed_password" varchar(255) not null, "full_name" varchar(255) null, "is_active" boolean not null default true, "is_superuser" boolean not null default false, "created_at" timestamptz not null, constraint "user_pkey" primary key ("id"));',
          'alter table "user" add constraint "user_email_unique" unique ("email");',
          'create table "item" ("id" uuid not null, "title" varchar(255) not null, "description" varchar(255) null, "owner_id" uuid not null, "created_at" timestamptz not null, constraint "item_pkey" primary key ("id"));',
          'create index "item_owner_id_index" on "item" ("owner_id");',
          'alter table "item" add constraint "item_owner_id_foreign" foreign key ("owner_id") references "user" ("id") on update cascade on delete cascade;',
        ],
        down: ['drop table if exists "item" cascade;', 'drop table if exists "user" cascade;'],
      };
    }
    return {
      up: [
        'create table `user` (`id` text not null, `email` text not null, `hashed_password` text not null, `full_name` text null, `is_active` integer not null default true, `is_superuser` integer not null default false, `created_at` datetime not null, primary key (`id`));',
        'create unique index `user_email_unique` on `user` (`email`);',
        'create table `item` (`id` text not null, `title` text not null, `description` text null, `owner_id` text not null, `created_at` datetime not null, constraint `item_owner_id_foreign` foreign key(`owner_id`) references `user`(`id`) on delete cascade on update cascade, primary key (`id`));',
        'create index `item_owner_id_index` on `item` (`owner_id`);',
      ],
      down: ['drop table if exists `item`;', 'drop table if exists `user`;'],
    };
  }
}
