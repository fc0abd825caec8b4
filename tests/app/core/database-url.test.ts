import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, redactedDatabaseUrl } from '../../../app/core/database-url.js';

function problemsOf(url: string): string[] {
  const problems: string[] = [];
  parseDatabaseUrl(url, problems);
  return problems;
}

describe('DATABASE_URL', () => {
  it('reads SQLite in memory, a SQLite file and a PostgreSQL server', () => {
    expect(parseDatabaseUrl('sqlite::memory:', [])).toEqual({ kind: 'memory' });
    expect(parseDatabaseUrl('sqlite:data/app.db', [])).toEqual({ kind: 'file', path: 'data/app.db' });
    expect(parseDatabaseUrl('postgres://kite:s3cret@db.internal:5433/kite', [])).toEqual({ kind: 'postgres', url: 'postgres://kite:s3cret@db.internal:5433/kite' });
    expect(parseDatabaseUrl('postgresql://db/kite', [])).toEqual({ kind: 'postgres', url: 'postgresql://db/kite' });
  });

  it.each([
    ['postgres:///kite', 'needs a host'],
    ['postgres://kite:pw@db', 'needs one database name'],
    ['postgres://kite:pw@db/', 'needs one database name'],
    ['postgres://kite:pw@db/kite/extra', 'needs one database name'],
    ['postgres://kite:pw@db/kite?sslmode=require', 'query parameters'],
    ['postgres://kite:pw@db:99999/kite', 'not a valid URL'],
    ['mysql://db/kite', 'must look like'],
  ])('refuses %s with a clear reason', (url, reason) => {
    expect(problemsOf(url).join('\n')).toContain(reason);
  });

  it('never repeats the password in a problem', () => {
    for (const url of ['postgres://kite:hunter2@/kite', 'postgres://kite:hunter2@db:99999/kite', 'postgres://kite:hunter2@db/kite?x=1']) {
      expect(problemsOf(url).join('\n')).not.toContain('hunter2');
    }
  });

  it('masks the password when the location is shown', () => {
    expect(redactedDatabaseUrl({ kind: 'postgres', url: 'postgres://kite:hunter2@db/kite' })).toBe('postgres://kite:*****@db/kite');
    expect(redactedDatabaseUrl({ kind: 'postgres', url: 'postgres://db/kite' })).toBe('postgres://db/kite');
    expect(redactedDatabaseUrl({ kind: 'file', path: 'data/app.db' })).toBe('sqlite:data/app.db');
  });
});
