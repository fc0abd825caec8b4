import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PageRegistry, run, ui, type Code, type ImageMouseEvent, type InteractiveImage, type Notification, type RunningApp } from '../../framework/index.js';
import { MemoryLogger } from '../../framework/testing/index.js';
import { launchBrowser, screenshotDir, watchPage, type PageWatch } from './support/browser.js';

const SOURCE = 'const answer: number = 42;\nconsole.log(`</code><script>alert(1)</script>`, answer);';
/** A 400 x 200 image, shown 200 px wide: every displayed pixel is two natural ones. */
const PLAN = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#eef"/></svg>';

/** The server side of the page the browser shows (the latest one opened). */
const server: {
  code?: Code;
  image?: InteractiveImage;
  notification?: Notification;
  clicks: ImageMouseEvent[];
  dismissed: string[];
} = { clicks: [], dismissed: [] };

const pages = new PageRegistry();
pages.add('/', () => {
  server.code = ui.code(SOURCE, { language: 'typescript' });
  ui.button('Start', () => {
    server.notification = ui.notification('Working...', { spinner: true, timeout: 0, closeBtn: true });
    server.notification.onDismiss((e) => void server.dismissed.push(e.sender.message));
  });
  server.image = ui
    .interactiveImage('/plan.svg', { events: ['click'], cross: 'red', onMouse: (e) => void server.clicks.push(e) })
    .style('width: 200px');
});

let browser: Browser;
let app: RunningApp;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await run({ pages, port: 0, storageDir: false, logger: new MemoryLogger() });
  app.app.get('/plan.svg', (_req, res) => void res.type('image/svg+xml').send(PLAN));
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
});

afterAll(async () => {
  await context?.close();
  await app?.stop();
  await browser?.close();
});

async function open(): Promise<{ page: Page; watch: PageWatch }> {
  server.clicks = [];
  server.dismissed = [];
  const page = await context.newPage();
  const watch = watchPage(page, app.url);
  await page.goto(`${app.url}/`);
  await page.locator('.k-code').waitFor();
  return { page, watch };
}

describe('rich elements in a real browser', () => {
  it('shows highlighted code, copies it, and follows a content change', async () => {
    const { page, watch } = await open();
    const code = page.locator('.k-code code');
    expect(await code.textContent()).toBe(SOURCE);
    expect(await code.locator('span.hljs-keyword').first().textContent()).toBe('const');
    expect(await page.locator('.k-code script').count()).toBe(0);
    const keywordColor = () => code.evaluate((el) => getComputedStyle(el.querySelector('.hljs-keyword')!).color);
    expect(await keywordColor()).toBe('rgb(215, 58, 73)');
    // Quasar's dark mode switches to the theme's dark variant.
    await page.evaluate(() => document.body.classList.add('body--dark'));
    expect(await keywordColor()).toBe('rgb(255, 123, 114)');
    await page.evaluate(() => document.body.classList.remove('body--dark'));

    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(SOURCE);
    await expect.poll(() => page.locator('.k-code__copy').textContent()).toContain('Copied');

    server.code!.content = 'print("changed")';
    await expect.poll(() => code.textContent()).toBe('print("changed")');
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });

  it('shows a notification the server updates and dismisses, and hears the close button', async () => {
    const { page, watch } = await open();
    const notification = page.locator('.q-notification');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => notification.textContent()).toContain('Working...');
    expect(await notification.locator('.q-notification__spinner').count()).toBe(1);

    const first = server.notification!;
    first.message = 'Done';
    first.spinner = false;
    first.type = 'positive';
    await expect.poll(() => notification.textContent()).toContain('Done');
    expect(await notification.count()).toBe(1);
    expect(await notification.locator('.q-notification__spinner').count()).toBe(0);
    expect(await notification.getAttribute('class')).toContain('bg-positive');
    await page.screenshot({ path: `${screenshotDir}/rich-elements-notification.png` });

    first.dismiss();
    // Gone once Quasar's leave transition has run.
    await expect.poll(() => notification.count(), { timeout: 5_000 }).toBe(0);
    expect(server.dismissed).toEqual([]);

    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => notification.textContent()).toContain('Working...');
    await notification.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => server.dismissed).toEqual(['Working...']);
    expect(server.notification!.dismissed).toBe(true);
    await expect.poll(() => notification.count(), { timeout: 5_000 }).toBe(0);
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });

  it('reports clicks on the scaled image in natural pixels and draws what the server sends', async () => {
    const { page, watch } = await open();
    const image = page.locator('.k-interactive-image img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.getBoundingClientRect().width])).toEqual([400, 200]);

    // Clicks land on whole CSS pixels, and the image may sit at a fractional offset: the expected
    // point is computed from where the click really lands.
    const box = (await image.boundingBox())!;
    const clickAt = async (x: number, y: number, modifiers: ('Shift' | 'Control')[] = []) => {
      const clientX = Math.ceil(box.x) + x;
      const clientY = Math.ceil(box.y) + y;
      for (const key of modifiers) await page.keyboard.down(key);
      await page.mouse.click(clientX, clientY);
      for (const key of modifiers) await page.keyboard.up(key);
      const natural = (client: number, start: number) => Math.round((client - start) * 2 * 100) / 100;
      return { imageX: natural(clientX, box.x), imageY: natural(clientY, box.y) };
    };
    const first = await clickAt(50, 25);
    expect([Math.abs(first.imageX - 100), Math.abs(first.imageY - 50)].every((d) => d < 2)).toBe(true);
    await expect.poll(() => server.clicks.length).toBe(1);
    expect(server.clicks[0]).toMatchObject({ type: 'click', ...first, button: 0, shiftKey: false });
    const second = await clickAt(150, 75, ['Shift']);
    await expect.poll(() => server.clicks.length).toBe(2);
    expect(server.clicks[1]).toMatchObject({ ...second, shiftKey: true });
    // The crosshair follows the pointer, in natural pixels too.
    expect(await page.locator('.k-interactive-image svg line').evaluateAll((lines) => lines.map((l) => [l.getAttribute('x1'), l.getAttribute('stroke')]))).toEqual([
      [String(second.imageX), 'red'],
      ['0', 'red'],
    ]);

    server.image!.content = '<circle cx="100" cy="50" r="10" fill="red" onclick="alert(1)" />';
    const circle = page.locator('.k-interactive-image svg circle');
    await expect.poll(() => circle.count()).toBe(1);
    expect(await circle.evaluate((c) => [c.namespaceURI, c.getAttribute('cx'), c.getAttribute('onclick')])).toEqual(['http://www.w3.org/2000/svg', '100', null]);
    // Drawn in natural pixels: a circle around (100, 50) with radius 10 shows at (50, 25) with radius 5.
    const drawn = (await circle.boundingBox())!;
    expect([drawn.x - box.x, drawn.y - box.y, drawn.width]).toEqual([45, 20, 10]);
    await page.screenshot({ path: `${screenshotDir}/rich-elements-image.png` });
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });
});
