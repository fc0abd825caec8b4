import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chatPages } from '../../examples/chat.js';
import { counterPages } from '../../examples/counter.js';
import { PageRegistry, run, ui, type RunOptions, type RunningApp } from '../../framework/index.js';
import { MemoryLogger } from '../../framework/testing/index.js';
import { launchBrowser, screenshotDir, watchPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function serve(options: RunOptions, port = 0) {
  return run({ ...options, port, storageDir: false, logger: new MemoryLogger() });
}

describe('counter in a real browser', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await serve({ pages: counterPages });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('renders from the embedded tree and counts clicks, with no foreign or failed requests', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, app.url);
    const assets: Promise<{ encoding: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      if (/\/_ui\/static\/.*\.(js|css)$/.test(response.url()))
        assets.push(response.body().then((body) => ({ encoding: response.headers()['content-encoding'] ?? 'none', bytes: body.length })));
    });
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.textContent('.bench-counter')).toBe('0');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Increment' }).click();
    await expect.poll(() => page.textContent('.bench-counter')).toBe('3');
    await page.screenshot({ path: `${screenshotDir}/counter.png` });
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
    // The runtime's scripts and stylesheet arrive compressed (Chromium asks for brotli over HTTPS
    // only); a file too small to gain from it (the entry stub) comes as it is.
    const received = await Promise.all(assets);
    expect(received.filter((a) => a.bytes > 1024).length).toBeGreaterThanOrEqual(2);
    expect(received.filter((a) => a.bytes > 1024 && a.encoding !== 'gzip' && a.encoding !== 'br')).toEqual([]);
    await page.close();
  });

  it('counts every click of a burst faster than the rate limit, slowed down but not cut off', async () => {
    const page = await browser.newPage();
    let sockets = 0;
    page.on('websocket', () => sockets++);
    await page.goto(`${app.url}/`);
    await expect.poll(() => sockets).toBe(1);
    // 400 clicks made by script within a second or two: the first 200 at once, the rest at 60/s.
    await page.getByRole('button', { name: 'Increment' }).evaluate((button) => {
      for (let i = 0; i < 400; i++) (button as HTMLElement).click();
    });
    await expect.poll(() => page.textContent('.bench-counter'), { timeout: 15_000 }).toBe('400');
    expect(sockets).toBe(1);
    await page.close();
  });

  it('resumes after the socket is cut, catching up on what changed meanwhile, without reloading', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('button', { name: 'Increment' }).click();
    await expect.poll(() => page.textContent('.bench-counter')).toBe('1');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const clientId = await page.evaluate(() => JSON.parse(document.getElementById('kite-boot')!.textContent!).client as string);
    const client = app.kite.clients.get(clientId)!;
    client.transport!.close(1012, 'test cuts the socket');
    // While the tab is away the server changes the label; the rejoin replays it.
    const label = [...client.elements.values()].find((e) => e.getClasses().includes('bench-counter'))!;
    label.text = '100';
    await expect.poll(() => page.textContent('.bench-counter')).toBe('100');
    await page.getByRole('button', { name: 'Increment' }).click();
    await expect.poll(() => page.textContent('.bench-counter')).toBe('2');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.close();
  });

  it('counts a click made while the connection is down, once the tab is back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('button', { name: 'Increment' }).click();
    await expect.poll(() => page.textContent('.bench-counter')).toBe('1');
    // Offline, the tab cannot rejoin after the server cuts its socket: the click has to wait.
    await context.setOffline(true);
    const clientId = await page.evaluate(() => JSON.parse(document.getElementById('kite-boot')!.textContent!).client as string);
    app.kite.clients.get(clientId)!.transport!.close(1011, 'test cuts the socket');
    await page.getByText('Reconnecting…').waitFor();
    await page.getByRole('button', { name: 'Increment' }).click();
    expect(await page.textContent('.bench-counter')).toBe('1');
    await context.setOffline(false);
    await expect.poll(() => page.textContent('.bench-counter')).toBe('2');
    await expect(page.getByText('Reconnecting…').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('changes only the middle label of a 1,000-label page', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/many?n=1000`);
    await page.getByRole('button', { name: 'Increment' }).click();
    await expect.poll(() => page.textContent('.bench-counter')).toBe('1');
    expect(await page.locator('text=label 999').count()).toBe(1);
    await page.close();
  });
});

describe('server restart', () => {
  it('reloads the tab once when the server no longer knows its client', async () => {
    const first = await serve({ pages: counterPages });
    const port = Number(new URL(first.url).port);
    const page = await browser.newPage();
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${first.url}/`);
    await page.getByRole('button', { name: 'Increment' }).click();
    await expect.poll(() => page.textContent('.bench-counter')).toBe('1');
    await first.stop();
    const second = await serve({ pages: counterPages }, port);
    try {
      await expect.poll(() => loads, { timeout: 15_000 }).toBe(2);
      await expect.poll(() => page.textContent('.bench-counter')).toBe('0');
      await page.getByRole('button', { name: 'Increment' }).click();
      await expect.poll(() => page.textContent('.bench-counter')).toBe('1');
      expect(loads).toBe(2);
    } finally {
      await page.close();
      await second.stop();
    }
  });
});

describe('a restart the tab cannot be re-mounted after', () => {
  it('reloads it once, and types what was there into the fresh page again (never a password)', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => {
      ui.input({ label: 'Note' });
      ui.input({ label: 'Secret', password: true });
    });
    // Without a storage dir the new server signs browser ids with a new secret: the tab's session
    // is gone, so there is nothing to re-mount under.
    const first = await serve({ pages });
    const port = Number(new URL(first.url).port);
    const page = await browser.newPage();
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${first.url}/`);
    await page.getByLabel('Note').fill('kept across the reload');
    await page.getByLabel('Secret').fill('hunter2');
    await first.stop();
    const second = await serve({ pages }, port);
    try {
      await expect.poll(() => loads, { timeout: 15_000 }).toBe(2);
      await expect.poll(() => page.getByLabel('Note').inputValue()).toBe('kept across the reload');
      expect(await page.getByLabel('Secret').inputValue()).toBe('');
      expect(await page.evaluate(() => sessionStorage.getItem('kite-recovered'))).toBeNull();
    } finally {
      await page.close();
      await second.stop();
    }
  });
});

describe('chat in two tabs', () => {
  it('shows a message typed in one tab in the other, and keeps every keystroke', async () => {
    const app = await serve({ pages: chatPages });
    const alice = await browser.newPage();
    const bob = await browser.newPage();
    try {
      await alice.goto(`${app.url}/`);
      await bob.goto(`${app.url}/`);
      const message = alice.getByLabel('Message');
      await message.pressSequentially('hello from alice, typed fast', { delay: 0 });
      await expect.poll(() => message.inputValue()).toBe('hello from alice, typed fast');
      await message.press('Enter');
      await expect.poll(() => bob.locator('.chat-message').last().textContent()).toContain('Anonymous: hello from alice, typed fast');
      await expect.poll(() => message.inputValue()).toBe('');
    } finally {
      await alice.close();
      await bob.close();
      await app.stop();
    }
  });
});
