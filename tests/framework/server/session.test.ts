import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistentSecret } from '../../../framework/server/session.js';

const SESSION_MODULE = fileURLToPath(new URL('../../../framework/server/session.ts', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kite-session-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Calls persistentSecret(dir) in a separate Node process at the wall-clock time `at` (so that
 * several start together, once loaded) and resolves with what it returned.
 */
function secretInAnotherProcess(storageDir: string, at: number): Promise<string> {
  const code = [
    `const { persistentSecret } = await import(${JSON.stringify(SESSION_MODULE)});`,
    `while (Date.now() < ${at});`,
    `process.stdout.write(persistentSecret(${JSON.stringify(storageDir)}));`,
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (status) => (status === 0 ? resolve(out) : reject(new Error(`child exited with ${status}`))));
  });
}

describe('persistentSecret', () => {
  it('keeps one secret per storage directory across restarts, and a fresh one without a directory', () => {
    const first = persistentSecret(join(dir, 'kite'));
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(persistentSecret(join(dir, 'kite'))).toBe(first);
    expect(persistentSecret(undefined)).not.toBe(first);
  });

  it('gives processes that start together on one directory the same secret', async () => {
    const storage = join(dir, 'shared');
    const at = Date.now() + 3000;
    const secrets = await Promise.all(Array.from({ length: 6 }, () => secretInAnotherProcess(storage, at)));
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toBe(persistentSecret(storage));
    expect(await readdir(storage)).toEqual(['secret']);
  }, 20_000);
});
