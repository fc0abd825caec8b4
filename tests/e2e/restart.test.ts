import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';
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

const APP = ['--import', 'tsx', 'app/main.ts'];
/** `npm run dev`: tsx restarts the app on every change of a file it imports. */
const DEV = [join(root, 'node_modules/tsx/dist/cli.mjs'), 'watch', 'app/main.ts'];

/**
 * Starts the app on the same port and data directory each time; resolves once it listens.
 * `listened()` resolves when it has said so `times` times (a watcher restarts it in place).
 */
function start(args = APP): Promise<void> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), BCRYPT_COST: '4', DATABASE_URL: `sqlite:${join(dir, 'app.db')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app = child;
  let output = '';
  const waiters: [number, () => void][] = [];
  listened = (times) => new Promise((resolve) => waiters.push([times, resolve]));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const count = output.split('listening on').length - 1;
      if (count > 0) resolve();
      for (const [times, wake] of waiters) if (count >= times) wake();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the app exited (${code}) before listening:\n${output}`)));
  });
}
let listened: (times: number) => Promise<void> = () => Promise.reject(new Error('not started'));

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

interface KiteHandles {
  connected: boolean;
  remounts: number;
}

const remounts = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __kite: KiteHandles }).__kite.remounts);

/** Live again: re-mounted by the new process (once more than `before`), and connected. */
async function live(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const kite = (window as unknown as { __kite: KiteHandles }).__kite;
      return kite.remounts > count && kite.connected;
    },
    before,
    { timeout: 30_000 },
  );
}

async function signedIn(page: Page): Promise<void> {
  await page.goto(`${base()}/login`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Create Item' }).waitFor();
}

describe.each(['SIGTERM', 'SIGKILL'] as const)('a restart with %s under open tabs', (signal) => {
  it('costs nothing: no reload, the e-mail and the open dialog with its text are back, focus and scroll kept, still signed in, a click works', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signedIn(admin);
    await admin.getByRole('button', { name: 'Create Item' }).click();
    await admin.getByText('Create New Item').waitFor();
    await admin.getByLabel('Title').fill(`Draft before ${signal}`);
    await admin.getByLabel('Description').fill('typed, never saved');
    const focused = (): Promise<boolean> => admin.getByLabel('Description').evaluate((input) => input === document.activeElement);
    expect(await focused(), 'focused before the restart').toBe(true);

    // A small window, so that the login page scrolls.
    const visitor = await (await browser.newContext({ viewport: { width: 360, height: 240 } })).newPage();
    await visitor.goto(`${base()}/login`);
    await visitor.getByLabel('Email').fill('someone@example.com');
    const scrolled = (): Promise<number> => visitor.evaluate(() => window.scrollY);
    await visitor.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const scrollY = await scrolled();
    expect(scrollY, 'the login page scrolls in a small window').toBeGreaterThan(0);

    await markWindow(admin);
    await markWindow(visitor);
    const before = [await remounts(admin), await remounts(visitor)] as const;
    await stop(signal);
    await start();
    await live(admin, before[0]);
    await live(visitor, before[1]);

    await expect.poll(() => visitor.getByLabel('Email').inputValue(), { timeout: 20_000 }).toBe('someone@example.com');
    expect(await scrolled(), 'the scroll position is kept').toBe(scrollY);
    await admin.getByText('Create New Item').waitFor();
    await expect.poll(() => admin.getByLabel('Title').inputValue(), { timeout: 20_000 }).toBe(`Draft before ${signal}`);
    expect(await admin.getByLabel('Description').inputValue()).toBe('typed, never saved');
    // The caret is where the user left it, in the rebuilt dialog.
    await expect.poll(focused, { timeout: 5_000, message: 'focused after the restart' }).toBe(true);
    expect(new URL(admin.url()).pathname).toBe('/items');

    await admin.getByRole('button', { name: 'Create', exact: true }).click();
    await admin.getByText('Item created successfully!').waitFor();
    await admin.getByRole('cell', { name: `Draft before ${signal}` }).waitFor();
    // Checked last: a reload at any point until here would have cleared the mark.
    expect(await stillTheSameDocument(admin), 'the signed-in tab did not reload').toBe(true);
    expect(await stillTheSameDocument(visitor), 'the login tab did not reload').toBe(true);
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
      const before = await remounts(visitor);
      await stop(restart % 2 === 0 ? 'SIGTERM' : 'SIGKILL');
      await start();
      await live(visitor, before);
      await expect.poll(() => visitor.getByLabel('Email').inputValue(), { timeout: 20_000 }).toBe(`${typed}@example.com`);
    }
    expect(await stillTheSameDocument(visitor)).toBe(true);
    await visitor.context().close();
  }, 300_000);
});

describe('npm run dev', () => {
  it('restarts the app on a change, and the open tab keeps what was typed, without a reload', async () => {
    await stop('SIGTERM');
    await start(DEV);
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${base()}/login`);
    await visitor.getByLabel('Email').fill('developer@example.com');
    await markWindow(visitor);
    const now = new Date();
    const before = await remounts(visitor);
    // A save in the editor, without changing the file.
    await utimes(join(root, 'app/ui/pages/login.ts'), now, now);
    await listened(2);
    await live(visitor, before);
    await visitor.getByLabel('Password').fill('not-the-password');
    await visitor.getByRole('button', { name: 'Log in' }).click();
    await visitor.getByText('Incorrect email or password').waitFor();
    expect(await visitor.getByLabel('Email').inputValue()).toBe('developer@example.com');
    expect(await stillTheSameDocument(visitor)).toBe(true);
    await visitor.context().close();
    // The watcher passes SIGTERM on to the app and waits for it.
    await stop('SIGTERM');
  }, 120_000);
});
