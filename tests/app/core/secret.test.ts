import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../../app/core/config.js';
import { resolveSecretKey } from '../../../app/core/secret.js';
import { recordingLogger } from '../../support/logger.js';

describe('resolveSecretKey', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kite-secret-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('uses SECRET_KEY when it is set, and touches no file', async () => {
    const settings = loadSettings({ SECRET_KEY: 'configured', DATABASE_URL: `sqlite:${dir}/data/app.db` });
    expect(await resolveSecretKey(settings, recordingLogger())).toBe('configured');
    await expect(stat(join(dir, 'data'))).rejects.toThrow();
  });

  it('in development, generates a key in the data folder (mode 0600), warns without printing it, and reuses it', async () => {
    const settings = loadSettings({ DATABASE_URL: `sqlite:${dir}/data/app.db` });
    const logs = recordingLogger();
    const first = await resolveSecretKey(settings, logs);
    const file = join(dir, 'data', 'secret_key');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(logs.records.some((r) => r.level === 'warn' && r.message.includes('SECRET_KEY is not set'))).toBe(true);
    expect(logs.text()).not.toContain(first);

    expect(await resolveSecretKey(settings, recordingLogger())).toBe(first);
  });

  it('gives starts that race for the development key one and the same key', async () => {
    const settings = loadSettings({ DATABASE_URL: `sqlite:${dir}/data/app.db` });
    const keys = await Promise.all(Array.from({ length: 5 }, () => resolveSecretKey(settings, recordingLogger())));
    expect(new Set(keys).size).toBe(1);
    expect((await readFile(join(dir, 'data', 'secret_key'), 'utf8')).trim()).toBe(keys[0]);
    expect(await readdir(join(dir, 'data'))).toEqual(['secret_key']);
  });
});
