import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PageRegistry, run, ui, type RunningApp } from '../../framework/index.js';
import { MemoryLogger } from '../../framework/testing/index.js';
import { launchBrowser, screenshotDir, watchPage } from './support/browser.js';

/** A page of its own: an uploader whose callback answers in the page, and a download button. */
function transferPages(): PageRegistry {
  const pages = new PageRegistry();
  pages.add('/', () => {
    const result = ui.label('No file yet').classes('upload-result');
    ui.upload({
      label: 'Upload a note',
      accept: '.txt',
      autoUpload: true,
      maxFileSize: 1000,
      onUpload: async (file) => {
        result.text = `Received ${file.name}: ${await file.text()}`;
      },
    });
    ui.button('Download report', () => ui.download.content('name,count\nkite,3\n', 'report.csv'));
  });
  return pages;
}

let browser: Browser;
let app: RunningApp;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await run({ pages: transferPages(), port: 0, storageDir: false, logger: new MemoryLogger() });
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

describe('uploads and downloads in a real browser', () => {
  it('uploads a picked file to the callback, refuses one too large, and downloads what the server offers', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const watch = watchPage(page, app.url);
    await page.goto(`${app.url}/`);
    const input = page.locator('.q-uploader input[type=file]');
    await input.setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('hello from the browser') });
    await expect.poll(() => page.textContent('.upload-result')).toBe('Received note.txt: hello from the browser');
    await expect.poll(() => page.locator('.q-uploader .q-uploader__file--uploaded').count()).toBe(1);

    await input.setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5000, 'x') });
    await expect.poll(() => page.locator('.q-notification').textContent()).toContain('"big.txt" is larger than 1000 bytes');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report' }).click()]);
    expect(download.suggestedFilename()).toBe('report.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('name,count\nkite,3\n');
    await page.screenshot({ path: `${screenshotDir}/transfers.png` });
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });
});
