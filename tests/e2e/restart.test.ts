import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';

/**
 * The app as a person runs it (`app/main.ts` in its own process, a file database), restarted under
 * open tabs with typed, unsaved input: with SIGTERM (a deploy, `npm run dev`) and with SIGKILL (a
 * crash). Afterwards the tabs must not have reloaded, must show what was typed, still be signed in,
 * and work.
 */
const root = new URL('../../', import.meta.url).pathname;
const ADMIN = { email: 'admin@example.com', password: 'changethis' };

let dir: string;
let port: number;
let app: ChildProcess | undefined;
let browser: Browser;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the app on the same port and data directory each time; resolves once it listens. */
function start(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), BCRYPT_COST: '4', DATABASE_URL: `sqlite:${join(dir, 'app.db')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app = child;
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the app exited (${code}) before listening:\n${output}`)));
  });
}

async function stop(signal: NodeJS.Signals): Promise<void> {
  const child = app!;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
  app = undefined;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kite-restart-'));
  port = await freePort();
  browser = await launchBrowser();
  await start();
});

afterAll(async () => {
  await browser?.close();
  if (app) await stop('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

const base = (): string => `http://127.0.0.1:${port}`;

/** A mark on the window: a document reload would lose it. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { kiteTestMark: 'not reloaded' }));
}

async function stillTheSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { kiteTestMark?: string }).kiteTestMark === 'not reloaded');
}

/** Live again: connected to the new process, with a seq it acknowledged. */
async function live(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __kite: { connected: boolean } }).__kite.connected, undefined, { timeout: 30_000 });
}

async function signedIn(page: Page): Promise<void> {
  await page.goto(`${base()}/login`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Create Item' }).waitFor();
}

describe.each(['SIGTERM', 'SIGKILL'] as const)('a restart with %s under open tabs', (signal) => {
  it('costs nothing: no reload, the typed e-mail and the open dialog with its text are back, still signed in, and a click works', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signedIn(admin);
    await admin.getByRole('button', { name: 'Create Item' }).click();
    await admin.getByText('Create New Item').waitFor();
    await admin.getByLabel('Title').fill(`Draft before ${signal}`);
    await admin.getByLabel('Description').fill('typed, never saved');

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${base()}/login`);
    await visitor.getByLabel('Email').fill('someone@example.com');

    await markWindow(admin);
    await markWindow(visitor);
    await stop(signal);
    await start();
    await live(admin);
    await live(visitor);

    await expect.poll(() => visitor.getByLabel('Email').inputValue(), { timeout: 20_000 }).toBe('someone@example.com');
    await admin.getByText('Create New Item').waitFor();
    await expect.poll(() => admin.getByLabel('Title').inputValue(), { timeout: 20_000 }).toBe(`Draft before ${signal}`);
    expect(await admin.getByLabel('Description').inputValue()).toBe('typed, never saved');
    expect(new URL(admin.url()).pathname).toBe('/items');

    await admin.getByRole('button', { name: 'Create', exact: true }).click();
    await admin.getByText('Item created successfully!').waitFor();
    await admin.getByRole('cell', { name: `Draft before ${signal}` }).waitFor();
    // Checked last: a reload at any point until here would have cleared the mark.
    expect(await stillTheSameDocument(admin)).toBe(true);
    expect(await stillTheSameDocument(visitor)).toBe(true);
    await admin.context().close();
    await visitor.context().close();
  }, 120_000);
});

describe('twenty restarts in a row', () => {
  it('lose nothing typed in between, and never reload the tab', async () => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${base()}/login`);
    await markWindow(visitor);
    let typed = '';
    for (let restart = 0; restart < 20; restart++) {
      typed += String.fromCharCode(97 + restart);
      await visitor.getByLabel('Email').fill(`${typed}@example.com`);
      await stop(restart % 2 === 0 ? 'SIGTERM' : 'SIGKILL');
      await start();
      await live(visitor);
      await expect.poll(() => visitor.getByLabel('Email').inputValue(), { timeout: 20_000 }).toBe(`${typed}@example.com`);
    }
    expect(await stillTheSameDocument(visitor)).toBe(true);
    await visitor.context().close();
  }, 300_000);
});
