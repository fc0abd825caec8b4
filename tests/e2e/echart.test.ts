import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadFiles, type Manifest } from '../../client-runtime/build/manifest.js';
import { chartPages } from '../../examples/chart.js';
import { counterPages } from '../../examples/counter.js';
import { EChart, run, type RunningApp } from '../../framework/index.js';
import { defaultAssetsDir } from '../../framework/server/assets.js';
import { MemoryLogger } from '../../framework/testing/index.js';
import { launchBrowser, screenshotDir, watchPage } from './support/browser.js';

/** A string only ECharts' code has (the attribute it marks its charts' DOM nodes with). */
const ECHARTS_MARK = '_echarts_instance_';
const manifest = JSON.parse(readFileSync(join(defaultAssetsDir, 'manifest.json'), 'utf8')) as Manifest;
const chartChunk = manifest.components['k-echart']![0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('ECharts stays out of pages without a chart', () => {
  it('is in the chart chunk only, which the counter page neither preloads nor fetches', async () => {
    const js = (file: string) => readFileSync(join(defaultAssetsDir, file), 'utf8');
    expect(js(chartChunk)).toContain(ECHARTS_MARK);
    const counterFiles = firstLoadFiles(manifest, ['q-layout', 'q-page-container', 'q-page', 'q-btn', 'div']);
    expect(counterFiles.filter((file) => js(file).includes(ECHARTS_MARK))).toEqual([]);

    const app = await run({ pages: counterPages, port: 0, storageDir: false, logger: new MemoryLogger() });
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    try {
      await page.goto(`${app.url}/`);
      await page.getByRole('button', { name: 'Increment' }).click();
      await expect.poll(() => page.textContent('.bench-counter')).toBe('1');
      const scripts = requested.filter((url) => url.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((url) => url.includes('KEchart') || url.endsWith(chartChunk))).toEqual([]);
    } finally {
      await page.close();
      await app.stop();
    }
  });
});

describe('ui.echart in a real browser', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await run({ pages: chartPages, port: 0, storageDir: false, logger: new MemoryLogger() });
  });
  afterAll(async () => {
    await app.stop();
  });

  /** Clicks the bar of category `index` (of `count`) at `value`, from the example's grid (40/20/40/30 px, y up to 250). */
  async function clickBar(page: Page, index: number, count: number, value: number): Promise<void> {
    const box = (await page.locator('canvas').first().boundingBox())!;
    const width = box.width - 40 - 20;
    const height = box.height - 40 - 30;
    await page.mouse.click(box.x + 40 + (index + 0.5) * (width / count), box.y + 40 + height * (1 - value / 250));
  }

  it('draws under the CSP without foreign requests, reports clicks, follows server updates and its container', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const watch = watchPage(page, app.url);
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.locator('canvas').count()).toBeGreaterThan(0);

    await clickBar(page, 1, 5, 100);
    await expect.poll(() => page.textContent('.chart-clicked')).toBe('Visits Tue: 200');

    // The server adds a category and a point to each series: the new bar is there to click.
    await page.getByRole('button', { name: 'Add point' }).click();
    await expect
      .poll(async () => {
        await clickBar(page, 5, 6, 50);
        return page.textContent('.chart-clicked');
      })
      .toBe('Visits Day 6: 100');

    // One series changes on the server: the tab merges it, the other series stays as it was.
    const clientId = await page.evaluate(() => JSON.parse(document.getElementById('kite-boot')!.textContent!).client as string);
    const client = app.kite.clients.get(clientId)!;
    const chart = [...client.elements.values()].find((e) => e instanceof EChart)!;
    chart.setSeries(1, { type: 'line', name: 'Sign-ups', data: [240, 240, 240, 240, 240, 240] });
    await expect
      .poll(async () => {
        await clickBar(page, 0, 6, 240);
        return page.textContent('.chart-clicked');
      })
      .toBe('Sign-ups Mon: 240');
    await clickBar(page, 1, 6, 100);
    await expect.poll(() => page.textContent('.chart-clicked')).toBe('Visits Tue: 200');

    await page.getByRole('button', { name: 'Drop series' }).click();
    await clickBar(page, 0, 6, 60);
    await expect.poll(() => page.textContent('.chart-clicked')).toBe('Visits Mon: 120');
    await page.screenshot({ path: `${screenshotDir}/echart.png` });

    const before = (await page.locator('canvas').first().boundingBox())!.width;
    await page.setViewportSize({ width: 700, height: 700 });
    await expect.poll(async () => (await page.locator('canvas').first().boundingBox())!.width).toBeLessThan(before - 200);

    // Deleting the chart on the server disposes of it in the tab.
    chart.delete();
    await expect.poll(() => page.locator('canvas').count()).toBe(0);
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });
});
