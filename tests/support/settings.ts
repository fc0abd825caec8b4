import { loadSettings, type Env, type Settings } from '../../app/core/config.js';

export const TEST_SECRET = 'test-secret-key-that-is-long-enough-for-hs256';
export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'admin-password';

/** Settings for tests: in-memory SQLite, bcrypt cost 4 (fast), a fixed secret. Overrides are env variables. */
export function testSettings(overrides: Env = {}): Settings {
  return loadSettings({
    NODE_ENV: 'test',
    SECRET_KEY: TEST_SECRET,
    DATABASE_URL: 'sqlite::memory:',
    BCRYPT_COST: '4',
    FIRST_SUPERUSER: ADMIN_EMAIL,
    FIRST_SUPERUSER_PASSWORD: ADMIN_PASSWORD,
    ...overrides,
  });
}
