import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groups, startGallery } from '../../examples/gallery.js';
import type { RunningApp } from '../../framework/index.js';
import { MemoryLogger } from '../../framework/testing/index.js';
import { launchBrowser, watchPage, type PageWatch } from './support/browser.js';

const shots = join(process.cwd(), 'test-output', 'gallery');
const logger = new MemoryLogger();
let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  app = await startGallery({ port: 0, storageDir: false, logger });
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

/** The demos' live areas (not their source, which shows the same words). */
const live = (page: Page) => page.locator('.gallery-live');

/** One interaction per page, a person's: something to do and what they then see. */
const tryOut: Record<string, (page: Page) => Promise<void>> = {
  'text-media': async (page) => {
    await page.getByLabel('Type a new text').fill('Typed in the browser');
    await live(page).getByText('Typed in the browser', { exact: true }).waitFor();
  },
  buttons: async (page) => {
    await live(page).locator('button', { hasText: 'Click me' }).click();
    await live(page).getByText('Clicked 1 times').waitFor();
  },
  inputs: async (page) => {
    await page.getByRole('checkbox', { name: 'I accept the terms' }).click();
    await live(page).getByText('Accepted', { exact: true }).waitFor();
  },
  pickers: async (page) => {
    await page.getByRole('button', { name: '20 June 2025' }).click();
    await live(page).getByText('Date: "2025-06-20"').waitFor();
  },
  layout: async (page) => {
    await page.getByRole('tab', { name: 'Alarms' }).click();
    await live(page).getByText('Tab: alarms').waitFor();
    await live(page).getByText('Alarm at 7:00').waitFor();
    await page.locator('.q-stepper').getByRole('button', { name: 'Next' }).click();
    await live(page).getByText('Pay for it.').waitFor();
  },
  navigation: async (page) => {
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.locator('.q-menu').getByText('Duplicate', { exact: true }).click();
    await live(page).getByText('Chose: Duplicate').waitFor();
  },
  data: async (page) => {
    await page.locator('.q-tree').getByText('Apple', { exact: true }).click();
    await live(page).getByText('Selected: apple').waitFor();
  },
  charts: async (page) => {
    // The Tue bar (65 of 100), low enough to miss the line, from the demo's grid (40/20/40/30 px).
    const canvas = live(page).locator('canvas').first();
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + 40 + 1.5 * ((box.width - 60) / 5), box.y + 40 + (box.height - 70) * 0.8);
    await live(page).getByText('This week, Tue: 65').waitFor();
    const picture = live(page).locator('.k-interactive-image img');
    await picture.scrollIntoViewIfNeeded();
    const frame = (await picture.boundingBox())!;
    await page.mouse.click(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await live(page).getByText('Dots: 1, the last at (320, 180)').waitFor();
    await live(page).locator('.k-interactive-image svg circle').waitFor();
  },
  feedback: async (page) => {
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await live(page).getByText('Answer: Yes').waitFor();
    await live(page).getByRole('button', { name: 'Export' }).click();
    await page.locator('.q-notification').getByText(/^Exporting… \d+%$/).waitFor();
    // One notification, updated in place (each step shows for 400 ms: too short to catch under load).
    await page.locator('.q-notification').getByText('Exported', { exact: true }).waitFor();
    expect(await page.locator('.q-notification').count()).toBe(1);
  },
  files: async (page) => {
    await page.locator('.q-uploader input[type=file]').setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('from the browser') });
    await live(page).getByText('Received note.txt: 16 bytes').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download note.txt' }).click()]);
    expect(download.suggestedFilename()).toBe('note.txt');
  },
  browser: async (page) => {
    await page.keyboard.press('k');
    await live(page).getByText('Last key: k (KeyK)').waitFor();
    // Each source block has a copy button of its own: this is the demo's.
    await live(page).getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByRole('button', { name: 'Read back' }).click();
    await live(page).getByText('Clipboard: Hello from Kite').waitFor();
    await live(page).getByRole('link', { name: 'Apple' }).click();
    await page.waitForURL(`${app.url}/browser/fruits/apple`);
    await live(page).getByText('Sub page: apple').waitFor();
    await page.getByRole('switch', { name: 'Dark' }).click();
    await page.locator('body.body--dark').waitFor();
    await screenshot(page, 'browser-dark');
    await page.getByRole('switch', { name: 'Dark' }).click();
    await page.locator('body.body--light').waitFor();
    await live(page).getByRole('button', { name: 'pine' }).click();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--q-primary').trim())).toBe('#00897b');
  },
  binding: async (page) => {
    await page.getByLabel('Name').fill('Ann');
    await live(page).getByText('Hello, Ann!').waitFor();
    await page.getByRole('button', { name: 'Pick #1e88e5' }).click();
    await live(page).getByText('Picked #1e88e5').waitFor();
  },
  furniture: async (page) => {
    await page.locator('.q-header').getByRole('button', { name: 'Click' }).click();
    await live(page).getByText('Header button: 1 clicks').waitFor();
    await page.getByRole('button', { name: 'Toggle the drawer' }).click();
    await live(page).getByText('Left drawer: open').waitFor();
  },
  lifecycle: async (page) => {
    const fruit = page.getByLabel('New fruit (Enter adds it)');
    await fruit.fill('banana');
    await fruit.press('Enter');
    await live(page).getByText('3 fruits').waitFor();
  },
};

/** What a page's demos need the browser to allow (as a person would when asked). */
const permissions: Record<string, string[]> = { browser: ['clipboard-read', 'clipboard-write'] };

/**
 * Opens a page and waits until everything is on screen: lazily loaded components, and images
 * that load only when scrolled to (QImg), by scrolling through the page once.
 */
async function openRendered(path: string, permissions: string[] = []): Promise<{ page: Page; watch: PageWatch; warnings: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions });
  const page = await context.newPage();
  const watch = watchPage(page, app.url);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 800) await page.mouse.wheel(0, 800);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  return { page, watch, warnings };
}

/** A full-page picture, with fixed bars (header, footer) where a person sees them. */
async function screenshot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(height, 12_000) });
  // Charts redraw the new size with a one-second animation: let it end before the picture.
  if (await page.locator('canvas').count()) await page.waitForTimeout(1200);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

describe('the gallery in a real browser', () => {
  it('opens the index, linking every group page', async () => {
    const { page, watch, warnings } = await openRendered('/');
    for (const g of groups) await page.getByText(g.title, { exact: true }).waitFor();
    await screenshot(page, 'index');
    await page.getByText('Buttons', { exact: true }).click();
    await page.waitForURL(`${app.url}/buttons`);
    expect({ ...watch, warnings }).toEqual({ errors: [], failed: [], foreign: [], warnings: [] });
    await page.context().close();
  });

  it.each(groups.map((g) => [g.slug]))('renders /%s completely, and a demo reacts', async (slug) => {
    const { page, watch, warnings } = await openRendered(`/${slug}`, permissions[slug]);
    expect(await page.locator('.gallery-live').count()).toBe(groups.find((g) => g.slug === slug)!.demos.length);
    await tryOut[slug]!(page);
    await screenshot(page, slug);
    expect({ ...watch, warnings }).toEqual({ errors: [], failed: [], foreign: [], warnings: [] });
    expect(logger.lines).toEqual([]);
    await page.context().close();
  });
});
