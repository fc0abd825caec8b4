import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage, TestSocket } from '../support/ui-server.js';

const root = new URL('../../', import.meta.url).pathname;

interface Run {
  output: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

function runMain(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return {
    output: () => output,
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    kill: (signal) => child.kill(signal),
  };
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('app/main.ts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kite-main-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves on PORT, logs its URL but no secret, and exits cleanly on SIGTERM', async () => {
    const secret = 'a-production-grade-secret-key-0123456789';
    const run = runMain({
      NODE_ENV: 'production',
      PORT: '0',
      SECRET_KEY: secret,
      FIRST_SUPERUSER_PASSWORD: 'a-real-admin-password',
      BCRYPT_COST: '4',
      DATABASE_URL: `sqlite:${join(dir, 'data', 'app.db')}`,
    });
    const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(run.output())?.[1], 30_000);
    const health = await fetch(`${url}/api/v1/utils/health-check/`);
    expect(await health.json()).toBe(true);
    run.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('SIGTERM received, shutting down');
    expect(run.output()).not.toContain(secret);
    expect(run.output()).not.toContain('a-real-admin-password');
  }, 60_000);

  it('stops on SIGTERM with a tab connected: the tab is told the server restarts, and the process exits', async () => {
    const run = runMain({
      PORT: '0',
      BCRYPT_COST: '4',
      DATABASE_URL: `sqlite:${join(dir, 'tab', 'app.db')}`,
    });
    const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(run.output())?.[1], 30_000);
    const { boot } = await loadPage(url, '/login');
    const tab = TestSocket.join(url, boot!);
    await tab.opened();
    run.kill('SIGTERM');
    // Before, the process waited for the tab to go away, which a live tab never does.
    expect(await run.exited).toBe(0);
    expect(tab.closed).toEqual({ code: 1012, reason: 'server restarting' });
  }, 60_000);

  it('refuses to start in production with default secrets, saying why', async () => {
    const run = runMain({ NODE_ENV: 'production', DATABASE_URL: 'sqlite::memory:' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('SECRET_KEY must be set in production');
    expect(run.output()).toContain('FIRST_SUPERUSER_PASSWORD must be set in production');
  }, 60_000);
});
