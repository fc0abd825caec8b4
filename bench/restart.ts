import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { defaultAssetsDir } from '../framework/server/assets.js';
import { CHROMIUM, launchBrowser } from '../tests/e2e/support/browser.js';
import { freePort } from '../tests/support/ports.js';
import type { Benchmark, Report, Row } from './report.js';
import { summarize } from './stats.js';

const RESTARTS = 10;
const ITEMS = 20;
const root = fileURLToPath(new URL('../', import.meta.url));
const ADMIN = { email: 'admin@example.com', password: 'changethis' };

/** One restart as the tab lived it: when the new process listened, when the tab had its page back, and the bytes. */
interface Sample {
  listenToLive: number;
  requestBytes: number;
  answerBytes: number;
}

interface Target {
  name: string;
  /** The command that starts the server on `port` with its data in `dir`. */
  command(port: number, dir: string): { args: string[]; env: Record<string, string> };
  /** Opens the page in the tab and types into it, as a user would before the restart. */
  prepare(page: Page, base: string): Promise<void>;
}

const counter: Target = {
  name: 'counter page',
  command: (port, dir) => ({ args: [join(root, 'bench/restart-child.ts'), String(port), dir], env: {} }),
  async prepare(page, base) {
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Increment' }).click();
  },
};

const items: Target = {
  name: `/items of the admin app (${ITEMS} items, Create Item dialog open with typed text)`,
  command: (port, dir) => ({
    args: [join(root, 'app/main.ts')],
    env: { PORT: String(port), BCRYPT_COST: '4', DATABASE_URL: `sqlite:${join(dir, 'app.db')}` },
  }),
  async prepare(page, base) {
    const token = await apiToken(base);
    for (let i = 0; i < ITEMS; i++)
      await fetch(`${base}/api/v1/items/`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: `Item ${i}`, description: 'benchmark' }) });
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Create Item' }).click();
    await page.getByLabel('Title').fill('A draft that must survive');
  },
};

async function apiToken(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/login/access-token`, { method: 'POST', body: new URLSearchParams({ username: ADMIN.email, password: ADMIN.password }) });
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * A restart under an open tab in Chromium, as a person lives it: the server process gets SIGTERM
 * (or SIGKILL), a new one starts on the same port and data, and the tab re-mounts in place. Timed
 * from the new process printing that it listens to the re-mount's answer reaching the tab (as the
 * browser reports the websocket frame); most of it is the tab's retry schedule.
 */
export const restart: Benchmark = {
  name: 'restart',
  title: `restart under an open tab in Chromium (${RESTARTS} each): new process listening -> tab re-mounted; bytes of a re-mount`,
  async run(): Promise<Report> {
    if (!existsSync(join(defaultAssetsDir, 'manifest.json'))) return { rows: [], notes: ['skipped: the client is not built; run `npm run build` first'] };
    if (!existsSync(CHROMIUM)) return { rows: [], notes: [`skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`] };
    const browser = await launchBrowser();
    const rows: Row[] = [];
    try {
      for (const target of [counter, items])
        for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
          const samples = await restarts(browser, target, signal);
          const live = summarize(samples.map((s) => s.listenToLive));
          rows.push({ metric: `${target.name}, ${signal}: listening -> re-mounted, median / p95`, value: `${live.median.toFixed(0)} / ${live.p95.toFixed(0)}`, unit: 'ms' });
          if (signal === 'SIGTERM') {
            rows.push({ metric: `${target.name}: re-mount request (tab -> server)`, value: summarize(samples.map((s) => s.requestBytes)).median, unit: 'B' });
            rows.push({ metric: `${target.name}: re-mount answer (the rebuilt page)`, value: summarize(samples.map((s) => s.answerBytes)).median, unit: 'B' });
          }
        }
    } finally {
      await browser.close();
    }
    return {
      rows,
      notes: [
        'the tab retries 250 ms after a "restarting" close, then every 500 ms (±30%); after a crash (1006) with the usual backoff: 0.25, 0.5, 1, 2, 4 s',
        'bytes are websocket payloads as Chromium saw them (uncompressed: no permessage-deflate)',
      ],
    };
  },
};

async function restarts(browser: Browser, target: Target, signal: NodeJS.Signals): Promise<Sample[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kite-bench-restart-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startProcess(target, port, dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  const frames = watchRemounts(page);
  try {
    await target.prepare(page, base);
    const samples: Sample[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      const answered = frames.next();
      await stopProcess(server.child, signal);
      server = await startProcess(target, port, dir);
      const { request, answer, at } = await answered;
      samples.push({ listenToLive: at - server.listeningAt, requestBytes: request, answerBytes: answer });
    }
    return samples;
  } finally {
    await context.close();
    await stopProcess(server.child, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
}

/** Resolves with the sizes of the next re-mount request and answer, and when the answer arrived. */
function watchRemounts(page: Page): { next(): Promise<{ request: number; answer: number; at: number }> } {
  let request = 0;
  let waiting: ((answer: { request: number; answer: number; at: number }) => void) | undefined;
  page.on('websocket', (ws) => {
    ws.on('framesent', ({ payload }) => {
      if (String(payload).startsWith('["m",')) request = Buffer.byteLength(String(payload));
    });
    ws.on('framereceived', ({ payload }) => {
      if (String(payload).startsWith('["m",')) waiting?.({ request, answer: Buffer.byteLength(String(payload)), at: performance.now() });
    });
  });
  return { next: () => new Promise((resolve) => (waiting = resolve)) };
}

async function startProcess(target: Target, port: number, dir: string): Promise<{ child: ChildProcess; listeningAt: number }> {
  const { args, env } = target.command(port, dir);
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeningAt = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve(performance.now());
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
  return { child, listeningAt };
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

