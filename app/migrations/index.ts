import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000 } from './Migration20261123000000.js';
import { Migration20261204000000 } from './Migration20261204000000.js';

/** Every migration, oldest first. Listed explicitly so startup needs no file globbing. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123000000', class: Migration20261123000000 },
  { name: 'Migration20261204000000', class: Migration20261204000000 },
];
