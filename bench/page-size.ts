import { counterPages } from '../examples/counter.js';
import { defaultClientConfig, type Client } from '../framework/core/client.js';
import type { Element } from '../framework/core/element.js';
import { openPage } from '../framework/server/pages.js';
import { MemoryLogger } from '../framework/testing/index.js';
import type { Benchmark, Report, Row } from './report.js';
import { summarize } from './stats.js';

const SIZES = [10, 10_000] as const;
const WARMUP = 500;
const CHANGES = 2000;

interface MeasuredPage {
  size: number;
  client: Client;
  counter: Element;
  samples: number[];
  frames: number;
  bytes: number;
}

/**
 * Cost of one label change on a small and a large page, in-process: the counter example's `/many`
 * page built into a Client as the server builds it (openPage), with a transport that only counts bytes. Each change is timed from the text
 * assignment through `client.flush()` (outbox -> ops -> JSON -> replay ring -> transport).
 */
export const pageSize: Benchmark = {
  name: 'page-size',
  title: `one label change on a ${SIZES[0]}-label vs a ${SIZES[1].toLocaleString('en-US')}-label page (in-process)`,
  async run(): Promise<Report> {
    const pages = await Promise.all(SIZES.map(buildPage));
    // Interleaved, so drift (GC, CPU frequency, other processes) hits both pages alike.
    for (let i = 0; i < WARMUP + CHANGES; i++) {
      for (const page of pages) {
        const start = performance.now();
        page.counter.text = String(i);
        page.client.flush();
        const elapsed = performance.now() - start;
        if (i >= WARMUP) page.samples.push(elapsed);
      }
      await new Promise<void>((resolve) => setImmediate(resolve)); // one change per turn, as in a server
    }
    const [small, large] = pages.map((p) => ({ ...p, stats: summarize(p.samples) }));
    const rows: Row[] = [small!, large!].flatMap((p) => [
      { metric: `${p.size.toLocaleString('en-US')} labels: per change, median`, value: p.stats.median * 1000, unit: 'µs' },
      { metric: `${p.size.toLocaleString('en-US')} labels: per change, p95`, value: p.stats.p95 * 1000, unit: 'µs' },
      { metric: `${p.size.toLocaleString('en-US')} labels: bytes per frame (mean)`, value: p.bytes / p.frames, unit: 'B' },
    ]);
    rows.push({ metric: 'ratio of medians (large / small)', value: large!.stats.median / small!.stats.median, unit: 'x', budget: '<= 1.2' });
    for (const p of pages) p.client.delete();
    return { rows, notes: [`${CHANGES} timed changes per page after ${WARMUP} warm-up changes, alternating between the pages`] };
  },
};

async function buildPage(size: number): Promise<MeasuredPage> {
  const config = { ...defaultClientConfig, logger: new MemoryLogger(), dev: false };
  const opened = await openPage(counterPages, new URL(`http://localhost/many?n=${size}`), config);
  if (opened.kind !== 'page') throw new Error(`the counter example has no /many page (${opened.kind})`);
  const { client } = opened;
  client.takeSnapshot(); // as the first HTML does: what is in the snapshot is not sent as a frame
  const page: MeasuredPage = { size, client, counter: findCounter(client), samples: [], frames: 0, bytes: 0 };
  client.attach({
    send(text) {
      page.frames++;
      page.bytes += Buffer.byteLength(text);
    },
    close() {},
  });
  return page;
}

function findCounter(client: Client): Element {
  for (const el of client.elements.values()) if (el.getClasses().includes('bench-counter')) return el;
  throw new Error('no label with class bench-counter');
}
