import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { defaultAssetsDir } from '../framework/server/assets.js';
import { CHROMIUM, launchBrowser } from '../tests/e2e/support/browser.js';
import { startEchoPage } from './echo-page.js';
import { forkServer } from './fork-server.js';
import type { Benchmark, Report, Row } from './report.js';
import { summarize } from './stats.js';

const WARMUP_CLICKS = 20;
const CLICKS = 200;
const LOADS = 10;

/**
 * What the page records of each click, in its own clock (ms): the click event's timestamp (the
 * input), its handler running, the event message sent, the server's frame received, the label's
 * DOM change, and the next animation frame after it.
 */
interface Timing {
  click: number;
  handler: number;
  send: number;
  message: number;
  dom: number;
  frame: number;
}

declare global {
  interface Window {
    __kiteBench?: Timing[];
  }
}

/**
 * What a person sees on the counter page in a real browser (headless system Chromium, the server
 * in a child process): the time from a click on Increment to the label showing the new count,
 * and how soon a page load paints. Timed inside the page, from the click event's timestamp to the
 * label's mutation and to the next animation frame after it (when the change can be painted).
 * The same clicks on a control page without any framework (echo-page.ts) show what the browser
 * and the network cost by themselves.
 */
export const clickLatency: Benchmark = {
  name: 'click-latency',
  title: `counter page in Chromium: click -> label updated (${CLICKS} clicks), page load paint`,
  async run(): Promise<Report> {
    if (!existsSync(join(defaultAssetsDir, 'manifest.json'))) return { rows: [], notes: ['skipped: the client is not built; run `npm run build` first'] };
    if (!existsSync(CHROMIUM)) return { rows: [], notes: [`skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`] };
    const server = await forkServer('counter', [], true);
    const control = await startEchoPage();
    const browser = await launchBrowser();
    try {
      const kite = await timeClicks(browser, server.url, 'mouse');
      const bare = await timeClicks(browser, control.url, 'mouse');
      const kiteScripted = await timeClicks(browser, server.url, 'script');
      const bareScripted = await timeClicks(browser, control.url, 'script');
      const cold = await loadTimes(browser, server.url, false);
      const warm = await loadTimes(browser, server.url, true);
      const row = (metric: string, samples: number[]): Row => {
        const s = summarize(samples);
        return { metric, value: `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`, unit: 'ms' };
      };
      return {
        rows: [
          row('click -> label text changed in the DOM, median / p95', kite.timings.map((t) => t.dom - t.click)),
          row('click -> next animation frame after it, median / p95', kite.timings.map((t) => t.frame - t.click)),
          row('  in it: input -> click handler runs (browser)', kite.timings.map((t) => t.handler - t.click)),
          row('  in it: handler -> event message sent (runtime)', kite.timings.map((t) => t.send - t.handler)),
          row('  in it: sent -> frame received (network, server)', kite.timings.map((t) => t.message - t.send)),
          row('  in it: frame received -> DOM changed (runtime, Vue)', kite.timings.map((t) => t.dom - t.message)),
          row('control page, no framework: click -> DOM changed', bare.timings.map((t) => t.dom - t.click)),
          row('control page, no framework: click -> next frame', bare.timings.map((t) => t.frame - t.click)),
          row('control page, no framework: sent -> answer received', bare.timings.map((t) => t.message - t.send)),
          row('click by script (button.click()) -> DOM changed: Kite', kiteScripted.timings.map((t) => t.dom - t.click)),
          row('click by script (button.click()) -> DOM changed: control', bareScripted.timings.map((t) => t.dom - t.click)),
          row(`first contentful paint, new browser context (cold cache), median / p95 of ${LOADS}`, cold),
          row(`first contentful paint, reload (warm cache), median / p95 of ${LOADS}`, warm),
        ],
        notes: [
          `${WARMUP_CLICKS} warm-up clicks, then ${CLICKS} timed, one at a time (the next after the label shows the previous); the labels read ${kite.shown} (Kite) and ${bare.shown} (control) at the end`,
          'mouse clicks are real input events (CDP Input.dispatchMouseEvent); browser, Kite server (child process) and control server (this process) share the machine',
          'after a real input event Chromium delivers the websocket answer later than after a click made by script, with or without a framework (compare the control rows)',
        ],
      };
    } finally {
      await browser.close();
      await control.stop();
      await server.stop();
    }
  },
};

type ClickBy = 'mouse' | 'script';

/** Clicks Increment on a fresh page at `url`: warm-up clicks, then the timed ones; the label's text at the end. */
async function timeClicks(browser: Browser, url: string, by: ClickBy): Promise<{ timings: Timing[]; shown: string | null }> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(recordClicks);
    await page.goto(url);
    await clickIncrement(page, WARMUP_CLICKS, by);
    await page.evaluate(() => (window.__kiteBench!.length = 0));
    await clickIncrement(page, CLICKS, by);
    return { timings: await page.evaluate(() => window.__kiteBench!), shown: await page.locator('.bench-counter').textContent() };
  } finally {
    await page.close();
  }
}

/**
 * The page-side recorder, installed before the runtime loads (it wraps the page's WebSocket): for
 * each click, the times of its steps, pushed once the frame after the label's change has come.
 */
function recordClicks(): void {
  const timings: Timing[] = (window.__kiteBench = []);
  let current: Partial<Timing> | undefined;
  document.addEventListener(
    'click',
    (event) => {
      current = { click: event.timeStamp, handler: performance.now() };
    },
    true,
  );
  const PageSocket = window.WebSocket;
  window.WebSocket = class extends PageSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', () => {
        if (current?.send !== undefined && current.message === undefined) current.message = performance.now();
      });
    }
    override send(data: string): void {
      if (current && current.send === undefined && data.startsWith('["e"')) current.send = performance.now();
      super.send(data);
    }
  };
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(() => {
      if (current?.message === undefined) return;
      const timing = { ...current, dom: performance.now() } as Omit<Timing, 'frame'>;
      current = undefined;
      requestAnimationFrame(() => timings.push({ ...timing, frame: performance.now() }));
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
  });
}

/** Clicks with the mouse (real input events) or by script, each click after the label has shown the previous one. */
async function clickIncrement(page: Page, clicks: number, by: ClickBy): Promise<void> {
  const button = page.getByRole('button', { name: 'Increment' });
  const box = (await button.boundingBox())!;
  const done = await page.evaluate(() => window.__kiteBench!.length);
  for (let i = 1; i <= clicks; i++) {
    if (by === 'mouse') await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    else await button.evaluate((element) => (element as HTMLElement).click());
    await page.waitForFunction((n) => window.__kiteBench!.length >= n, done + i, { polling: 'raf' });
  }
}

/** First contentful paint of `LOADS` page loads: each in a new context (cold), or reloads of one page (warm). */
async function loadTimes(browser: Browser, url: string, warm: boolean): Promise<number[]> {
  const times: number[] = [];
  const context = warm ? await browser.newContext() : undefined;
  const warmPage = context && (await context.newPage());
  if (warmPage) await warmPage.goto(url);
  for (let i = 0; i < LOADS; i++) {
    const fresh = warm ? undefined : await browser.newContext();
    const page = warmPage ?? (await fresh!.newPage());
    if (warmPage) await page.reload();
    else await page.goto(url);
    await page.locator('.bench-counter').waitFor();
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            new PerformanceObserver((list, observer) => {
              const paint = list.getEntriesByName('first-contentful-paint')[0];
              if (!paint) return;
              observer.disconnect();
              resolve(paint.startTime);
            }).observe({ type: 'paint', buffered: true }),
          ),
      ),
    );
    await fresh?.close();
  }
  await context?.close();
  return times;
}
