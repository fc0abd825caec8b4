import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium the browser suite and the browser benchmark drive. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless system Chromium (a fresh profile per launch); the flags keep it from calling home offline. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page did that a person would not want: console errors, failed or foreign requests. */
export interface PageWatch {
  errors: string[];
  failed: string[];
  foreign: string[];
}

export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], failed: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  page.on('requestfailed', (r) => {
    // A navigation that replaces the page aborts the old page's pending requests; that is no failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') watch.failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith(origin.replace('http', 'ws')) && !url.startsWith('data:')) watch.foreign.push(url);
  });
  return watch;
}

export const screenshotDir = join(process.cwd(), 'test-output', 'screenshots');
