import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './ports.js';

/**
 * Real PostgreSQL for tests, never a mock: a throwaway cluster of our own in a temp folder, on a free
 * port of 127.0.0.1, with trust authentication and fsync off (its data dies with it anyway).
 */

const run = promisify(execFile);

/** Debian's PostgreSQL 15 binaries (in this image; `apt-get install postgresql` elsewhere), or KITE_POSTGRES_BIN. */
const BIN_DIR = process.env.KITE_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export function postgresInstalled(): boolean {
  return ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(join(BIN_DIR, tool)));
}

export const POSTGRES_MISSING_NOTICE = `PostgreSQL tests skipped: no initdb/pg_ctl/postgres in ${BIN_DIR} (apt-get install postgresql, or set KITE_POSTGRES_BIN)`;

export interface PostgresCluster {
  /** A superuser URL to the cluster's `postgres` database, without a password (trust authentication). */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'kite-pg-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  await mkdir(socket);
  const asOwner = await clusterOwner(dir, socket);
  const port = await freePort();
  try {
    await run(...asOwner(join(BIN_DIR, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']));
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${socket} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    await run(...asOwner(join(BIN_DIR, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await run(...asOwner(join(BIN_DIR, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database in the cluster; `drop` removes it even while connections remain. */
export async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kite_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(adminUrl, `drop database if exists ${name} with (force)`) };
}

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type Command = [file: string, args: string[]];

/**
 * initdb refuses to run as root: then the cluster belongs to the `postgres` system user (Debian's
 * package creates it), which must own the folders. Anyone else runs the cluster as themselves.
 */
async function clusterOwner(...dirs: string[]): Promise<(file: string, args: string[]) => Command> {
  if (process.getuid?.() !== 0) return (file, args) => [file, args];
  const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
    throw new Error('PostgreSQL tests run as root need the `postgres` system user (useradd --system postgres)');
  });
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  for (const dir of dirs) await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  return (file, args) => ['runuser', ['-u', 'postgres', '--', file, ...args]];
}
