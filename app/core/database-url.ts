/** Where the app keeps its data: SQLite (the zero-setup default) or a PostgreSQL server. */
export type DatabaseLocation = { kind: 'memory' } | { kind: 'file'; path: string } | { kind: 'postgres'; url: string };

const FORMS = 'sqlite:data/app.db, sqlite::memory: or postgres://user:password@host:5432/database';

/**
 * `sqlite::memory:`, `sqlite:<path>` (relative to the working directory) or
 * `postgres[ql]://user:password@host[:port]/database`. Problems never quote the URL: it may hold a password.
 */
export function parseDatabaseUrl(url: string, problems: string[]): DatabaseLocation | undefined {
  if (url === 'sqlite::memory:') return { kind: 'memory' };
  const sqlite = /^sqlite:(.+)$/.exec(url);
  if (sqlite) return { kind: 'file', path: sqlite[1] as string };
  if (/^postgres(ql)?:/i.test(url)) return parsePostgresUrl(url, problems);
  problems.push(`DATABASE_URL must look like ${FORMS}`);
  return undefined;
}

function parsePostgresUrl(url: string, problems: string[]): DatabaseLocation | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push(`DATABASE_URL is not a valid URL (expected ${FORMS}; percent-encode special characters in the password)`);
    return undefined;
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const before = problems.length;
  if (!parsed.hostname) problems.push('DATABASE_URL: a PostgreSQL URL needs a host (postgres://user:password@host/database)');
  if (!database || database.includes('/')) problems.push('DATABASE_URL: a PostgreSQL URL needs one database name as its path (postgres://host/database)');
  // The ORM reads host, port, user, password and database only: refuse options it would silently drop (sslmode, ...).
  if (parsed.search) problems.push('DATABASE_URL: query parameters (such as ?sslmode=) are not supported');
  return problems.length === before ? { kind: 'postgres', url } : undefined;
}

/** The URL with its password masked, for logs and messages. */
export function redactedDatabaseUrl(location: DatabaseLocation): string {
  if (location.kind === 'memory') return 'sqlite::memory:';
  if (location.kind === 'file') return `sqlite:${location.path}`;
  const url = new URL(location.url);
  if (url.password) url.password = '*****';
  return url.toString();
}
