import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PageRegistry, run, ui, type RunningApp } from '../../framework/index.js';
import { MemoryLogger } from '../../framework/testing/index.js';
import { launchBrowser, watchPage, type PageWatch } from './support/browser.js';

/** A tiny app of its own: one page per runtime element. */
function runtimePages(): PageRegistry {
  const pages = new PageRegistry();
  pages.add('/keys', () => {
    const keydowns: string[] = [];
    let keyups = 0;
    const downs = ui.label('').classes('keydowns');
    const ups = ui.label('0 keyups').classes('keyups');
    ui.keyboard((e) => {
      if (e.action === 'keyup') return void (ups.text = `${++keyups} keyups`);
      keydowns.push(`${e.modifiers.shift ? 'shift+' : ''}${e.key}/${e.code}`);
      downs.text = keydowns.join(' ');
    });
    ui.input({ label: 'Typing here is not a shortcut' });
  });
  pages.add('/clipboard', () => {
    const pasted = ui.label('nothing pasted').classes('pasted');
    ui.button('Copy', async () => void (await ui.clipboard.write('copied by kite')));
    ui.button('Paste', async () => (pasted.text = `pasted: ${(await ui.clipboard.read()) ?? 'refused'}`));
  });
  pages.add('/theme', () => {
    const dark = ui.darkMode();
    const colors = ui.colors({ primary: '#6e3cbc' });
    ui.button('Toggle dark', () => dark.toggle());
    ui.button('Green', { color: 'primary', onClick: () => void colors.set({ primary: '#2e7d32' }) });
    ui.link('A plain link', '/elsewhere');
  });
  pages.add('/dark', () => {
    ui.darkMode(true);
    ui.colors({ primary: '#6e3cbc' });
    ui.button('Brand', { color: 'primary' });
  });
  pages.add('/spa{/*rest}', () => {
    ui.label('SPA header');
    const subPages = ui.subPages({
      '/': () => ui.label('Home page'),
      '/users/:id': ({ params }) => ui.label(`User ${params.id}`).classes('user'),
    });
    subPages.link('Seven', '/users/7');
    ui.button('User 3', () => subPages.navigate('/users/3'));
  });
  return pages;
}

let browser: Browser;
let app: RunningApp;
let logger: MemoryLogger;
beforeAll(async () => {
  browser = await launchBrowser();
  logger = new MemoryLogger();
  app = await run({ pages: runtimePages(), port: 0, storageDir: false, logger });
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

async function open(path: string, context?: BrowserContext): Promise<{ page: Page; watch: PageWatch }> {
  const page = await (context ?? browser).newPage();
  const watch = watchPage(page, app.url);
  await page.goto(`${app.url}${path}`);
  await page.waitForFunction(() => (window as unknown as { __kite?: { connected: boolean } }).__kite?.connected === true);
  return { page, watch };
}

const expectClean = (watch: PageWatch) => expect(watch).toEqual({ errors: [], failed: [], foreign: [] });

describe('runtime elements in a real browser', () => {
  it('reports key presses on the page to the server, but not keys typed into an input', async () => {
    const { page, watch } = await open('/keys');
    await page.keyboard.press('Shift+KeyK');
    await page.keyboard.press('x');
    await expect.poll(() => page.textContent('.keydowns')).toBe('shift+Shift/ShiftLeft shift+K/KeyK x/KeyX');
    await expect.poll(() => page.textContent('.keyups')).toBe('3 keyups');
    const input = page.getByLabel('Typing here is not a shortcut');
    await input.pressSequentially('abc');
    await expect.poll(() => input.inputValue()).toBe('abc');
    await input.blur();
    await page.keyboard.press('y');
    // Events arrive in order: had the typing been reported, it would show before the y.
    await expect.poll(() => page.textContent('.keydowns')).toBe('shift+Shift/ShiftLeft shift+K/KeyK x/KeyX y/KeyY');
    expectClean(watch);
    await page.close();
  });

  it('writes to the clipboard and reads it back', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, watch } = await open('/clipboard', context);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('copied by kite');
    await page.evaluate(() => navigator.clipboard.writeText('from the user'));
    await page.getByRole('button', { name: 'Paste' }).click();
    await expect.poll(() => page.textContent('.pasted')).toBe('pasted: from the user');
    expectClean(watch);
    await context.close();
  });

  it('toggles dark mode on the body (plain links readable on it) and changes the primary colour', async () => {
    const { page, watch } = await open('/theme');
    const bodyClasses = () => page.evaluate(() => [...document.body.classList].filter((c) => c.startsWith('body--')));
    const primary = () => page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--q-primary').trim());
    await expect.poll(bodyClasses).toEqual(['body--light']);
    await expect.poll(primary).toBe('#6e3cbc');
    const linkColor = () => page.getByRole('link', { name: 'A plain link' }).evaluate((a) => getComputedStyle(a).color);
    expect(await linkColor()).toBe('rgb(0, 0, 238)');
    await page.getByRole('button', { name: 'Toggle dark' }).click();
    await expect.poll(bodyClasses).toEqual(['body--dark']);
    // The browser's link blue on the dark page would be unreadable: links turn light.
    expect(await linkColor()).toBe('rgb(138, 180, 248)');
    await page.getByRole('button', { name: 'Green' }).click();
    await expect.poll(primary).toBe('#2e7d32');
    // The button uses the brand colour.
    expect(await page.getByRole('button', { name: 'Green' }).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(46, 125, 50)');
    await page.getByRole('button', { name: 'Toggle dark' }).click();
    await expect.poll(bodyClasses).toEqual(['body--light']);
    expectClean(watch);
    await page.close();
  });

  it('paints a dark page dark with its brand colours from the first HTML, before any script runs', async () => {
    const look = (page: Page) =>
      page.evaluate(() => ({
        classes: [...document.body.classList].filter((c) => c.startsWith('body--')),
        background: getComputedStyle(document.body).backgroundColor,
        primary: getComputedStyle(document.documentElement).getPropertyValue('--q-primary').trim(),
      }));
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const before = await noScript.newPage();
    await before.goto(`${app.url}/dark`);
    expect(await look(before)).toEqual({ classes: ['body--dark'], background: 'rgb(18, 18, 18)', primary: '#6e3cbc' });
    await noScript.close();
    const { page, watch } = await open('/dark');
    expect(await look(page)).toEqual({ classes: ['body--dark'], background: 'rgb(18, 18, 18)', primary: '#6e3cbc' });
    expectClean(watch);
    await page.close();
  });

  it('navigates between sub pages without reloading, with back, forward and deep-link reloads', async () => {
    const { page, watch } = await open('/spa');
    let loads = 0;
    page.on('load', () => loads++);
    await page.getByText('Home page').waitFor();
    await page.getByRole('button', { name: 'User 3' }).click();
    await expect.poll(() => page.textContent('.user')).toBe('User 3');
    expect(new URL(page.url()).pathname).toBe('/spa/users/3');
    await page.getByRole('link', { name: 'Seven' }).click();
    await expect.poll(() => page.textContent('.user')).toBe('User 7');
    expect(new URL(page.url()).pathname).toBe('/spa/users/7');
    await page.goBack();
    await expect.poll(() => page.textContent('.user')).toBe('User 3');
    await page.goBack();
    await page.getByText('Home page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/spa');
    await page.goForward();
    await expect.poll(() => page.textContent('.user')).toBe('User 3');
    expect(new URL(page.url()).pathname).toBe('/spa/users/3');
    expect(loads).toBe(0);
    await page.getByText('SPA header').waitFor();

    // A reload, and a deep link in a new tab, show the sub page in the first HTML.
    await page.reload();
    const boot = await page.evaluate(() => document.getElementById('kite-boot')!.textContent!);
    expect(boot).toContain('User 3');
    await expect.poll(() => page.textContent('.user')).toBe('User 3');
    const deep = await open('/spa/users/42');
    await expect.poll(() => deep.page.textContent('.user')).toBe('User 42');
    // An unknown sub path is a live page that says so, answered with 404 (which Chromium logs).
    const unknown = await open('/spa/nowhere');
    await unknown.page.getByText('Page not found').waitFor();
    expect(unknown.watch.errors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
    unknown.watch.errors.length = 0;
    await unknown.page.getByRole('link', { name: 'Seven' }).click();
    await expect.poll(() => unknown.page.textContent('.user')).toBe('User 7');
    for (const { watch: w } of [{ watch }, deep, unknown]) expectClean(w);
    await Promise.all([page.close(), deep.page.close(), unknown.page.close()]);
  });
});
