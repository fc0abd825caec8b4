import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customComponentPages } from '../../examples/custom-component.js';
import { run, type RunningApp } from '../../framework/index.js';
import { MemoryLogger } from '../../framework/testing/index.js';
import { launchBrowser, screenshotDir, watchPage } from './support/browser.js';

let browser: Browser;
let app: RunningApp;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await run({ pages: customComponentPages, port: 0, storageDir: false, logger: new MemoryLogger() });
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

describe("a page author's Vue component in a real browser", () => {
  it('renders with its scoped style, follows server props, and its emits run server callbacks', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, app.url);
    await page.goto(`${app.url}/`);
    const sample = page.locator('.swatch .sample');
    await expect.poll(() => sample.textContent()).toBe('#e53935');
    // The scoped <style> came with the page's stylesheet.
    expect(await sample.evaluate((el) => [getComputedStyle(el).width, getComputedStyle(el).backgroundColor])).toEqual(['160px', 'rgb(229, 57, 53)']);

    await page.getByRole('button', { name: 'Next colour' }).click();
    await expect.poll(() => sample.textContent()).toBe('#43a047');

    await page.getByRole('button', { name: 'Pick #1e88e5' }).click();
    await expect.poll(() => page.textContent('.picked')).toBe('Picked #1e88e5');
    await expect.poll(() => sample.textContent()).toBe('#1e88e5');
    await page.screenshot({ path: `${screenshotDir}/custom-component.png` });
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });
});
