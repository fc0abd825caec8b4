import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../../../app/core/config.js';

const strongSecret = 'x'.repeat(40);
const production = { NODE_ENV: 'production', SECRET_KEY: strongSecret, FIRST_SUPERUSER_PASSWORD: 'a-strong-admin-password' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadSettings to refuse this environment');
}

describe('loadSettings', () => {
  it('gives a working development setup from an empty environment, with upstream defaults', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({
      env: 'development',
      secretKey: null,
      accessTokenExpireMinutes: 11_520,
      firstSuperuser: 'admin@example.com',
      firstSuperuserPassword: 'changethis',
      bcryptCost: 12,
      port: 8000,
      openRegistration: false,
      corsOrigins: [],
      trustProxy: false,
      database: { kind: 'file', path: 'data/app.db' },
      dataDir: 'data',
    });
  });

  it('reads every variable', () => {
    const settings = loadSettings({
      SECRET_KEY: 's3cret',
      ACCESS_TOKEN_EXPIRE_MINUTES: '30',
      FIRST_SUPERUSER: 'Root@Example.COM',
      FIRST_SUPERUSER_PASSWORD: 'root-password',
      BCRYPT_COST: '10',
      PORT: '3000',
      OPEN_REGISTRATION: 'true',
      CORS_ORIGINS: 'https://a.example.com, http://localhost:5173',
      DATABASE_URL: 'sqlite:/var/lib/kite/kite.db',
    });
    expect(settings).toMatchObject({
      secretKey: 's3cret',
      accessTokenExpireMinutes: 30,
      firstSuperuser: 'root@example.com',
      firstSuperuserPassword: 'root-password',
      bcryptCost: 10,
      port: 3000,
      openRegistration: true,
      corsOrigins: ['https://a.example.com', 'http://localhost:5173'],
      database: { kind: 'file', path: '/var/lib/kite/kite.db' },
      dataDir: '/var/lib/kite',
    });
  });

  it.each([
    ['true', true],
    ['2', 2],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('reads TRUST_PROXY=%s as Express expects it', (value, expected) => {
    expect(loadSettings({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('understands an in-memory database', () => {
    expect(loadSettings({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({ kind: 'memory' });
  });

  it('understands a PostgreSQL database (postgres:// or postgresql://)', () => {
    expect(loadSettings({ DATABASE_URL: 'postgres://kite:pw@db:5432/kite' }).database).toEqual({ kind: 'postgres', url: 'postgres://kite:pw@db:5432/kite' });
    expect(loadSettings({ DATABASE_URL: 'postgresql://db/kite' }).database.kind).toBe('postgres');
  });

  it('keeps the bus and login throttling in-process unless REDIS_URL is set', () => {
    expect(loadSettings({}).redisUrl).toBeNull();
    expect(loadSettings({ REDIS_URL: 'redis://cache:6379/2' }).redisUrl).toBe('redis://cache:6379/2');
    expect(loadSettings({ REDIS_URL: 'rediss://kite:pw@cache:6380' }).redisUrl).toBe('rediss://kite:pw@cache:6380');
  });

  it('treats blank variables as unset', () => {
    expect(loadSettings({ PORT: '', SECRET_KEY: '  ' })).toMatchObject({ port: 8000, secretKey: null });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ BCRYPT_COST: '3' }, 'BCRYPT_COST'],
    [{ ACCESS_TOKEN_EXPIRE_MINUTES: '0' }, 'ACCESS_TOKEN_EXPIRE_MINUTES'],
    [{ OPEN_REGISTRATION: 'yes please' }, 'OPEN_REGISTRATION'],
    [{ FIRST_SUPERUSER: 'not-an-email' }, 'FIRST_SUPERUSER'],
    [{ FIRST_SUPERUSER_PASSWORD: 'é'.repeat(37) }, 'FIRST_SUPERUSER_PASSWORD: must be at most 72 bytes'],
    [{ DATABASE_URL: 'mysql://db/kite' }, 'DATABASE_URL'],
    [{ CORS_ORIGINS: 'https://ok.example.com,not a url' }, 'CORS_ORIGINS'],
    [{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('rejects %j, naming the variable', (env, variable) => {
    expect(problemsOf(env).join('\n')).toContain(variable);
  });

  it('reports every problem at once in its message', () => {
    expect(() => loadSettings({ PORT: 'x', BCRYPT_COST: 'y' })).toThrow(/Invalid configuration:\n(?=[\s\S]*PORT)(?=[\s\S]*BCRYPT_COST)/);
  });

  describe('in production', () => {
    it('starts with a strong secret and a real superuser password', () => {
      expect(loadSettings(production).env).toBe('production');
    });

    it.each([
      ['a missing secret', { SECRET_KEY: undefined }, 'SECRET_KEY must be set'],
      ['the default secret', { SECRET_KEY: 'changethis' }, 'SECRET_KEY must be set'],
      ['a short secret', { SECRET_KEY: 'short' }, 'SECRET_KEY must be at least 32 characters'],
      ['a missing superuser password', { FIRST_SUPERUSER_PASSWORD: undefined }, 'FIRST_SUPERUSER_PASSWORD'],
      ['the default superuser password', { FIRST_SUPERUSER_PASSWORD: 'changethis' }, 'must not be "changethis"'],
    ])('refuses %s', (_case, change, message) => {
      const env = Object.fromEntries(Object.entries({ ...production, ...change }).filter(([, v]) => v !== undefined)) as Record<string, string>;
      expect(problemsOf(env).join('\n')).toContain(message);
    });
  });

  it('accepts the defaults outside production', () => {
    expect(() => loadSettings({ NODE_ENV: 'development', FIRST_SUPERUSER_PASSWORD: 'changethis' })).not.toThrow();
  });
});
