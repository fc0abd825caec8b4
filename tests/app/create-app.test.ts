import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings, type Settings } from '../../app/core/config.js';
import { createApp } from '../../app/create-app.js';
import { recordingLogger } from '../support/logger.js';

describe('createApp on a database file', () => {
  let dir: string;
  let settings: Settings;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kite-app-'));
    // No SECRET_KEY: development keeps a generated one next to the database.
    settings = loadSettings({
      NODE_ENV: 'development',
      DATABASE_URL: `sqlite:${join(dir, 'data', 'app.db')}`,
      BCRYPT_COST: '4',
      FIRST_SUPERUSER: 'root@example.com',
      FIRST_SUPERUSER_PASSWORD: 'root-password',
    });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates, seeds the superuser once, and keeps data, secret and tokens across restarts', async () => {
    const firstLogs = recordingLogger();
    const first = await createApp(settings, { logger: firstLogs });
    const admin = await first.services.auth.authenticate('root@example.com', 'root-password', '127.0.0.1');
    const token = (await first.services.auth.issueToken(admin.id)).access_token;
    await first.close();
    expect(firstLogs.records.map((r) => r.message)).toEqual(
      expect.arrayContaining(['applied 2 database migration(s)', 'created the first superuser root@example.com']),
    );

    const secondLogs = recordingLogger();
    const second = await createApp(settings, { logger: secondLogs });
    try {
      const users = await second.services.users.list(admin, { skip: 0, limit: 100 });
      expect(users.data.map((u) => u.email)).toEqual(['root@example.com']);
      expect(await second.services.auth.userFromToken(token)).toMatchObject({ id: admin.id });
      expect(secondLogs.records.map((r) => r.message).join('\n')).not.toMatch(/migration|created the first superuser/);
    } finally {
      await second.close();
    }
    const secret = (await readFile(join(dir, 'data', 'secret_key'), 'utf8')).trim();
    expect(firstLogs.text() + secondLogs.text()).not.toContain(secret);
  });

  it('does not overwrite an existing superuser\'s password when the setting changes', async () => {
    await (await createApp(settings, { logger: recordingLogger() })).close();
    const kite = await createApp({ ...settings, firstSuperuserPassword: 'another-password' }, { logger: recordingLogger() });
    try {
      await expect(kite.services.auth.authenticate('root@example.com', 'root-password', '127.0.0.1')).resolves.toBeTruthy();
    } finally {
      await kite.close();
    }
  });
});
