import { forkServer, type Memory } from './fork-server.js';
import type { PageSetName } from './pages.js';
import { growthPerClient, heapCensus } from './heap-census.js';
import type { BenchOptions, Benchmark, Report, Row } from './report.js';
import { LEAVING, openTabs } from './tab.js';
import { sleep } from './pace.js';

const CLIENTS = 1000;
const WARMUP_CLIENTS = 20;
const CONCURRENCY = 20;
const SETTLE_MS = 600;
const KB = 1024;

/**
 * Server memory per connected client: a fresh server child per page, baseline after a warm-up and
 * full GCs, then 1,000 tabs load the page and stay connected, then full GCs again.
 * The tabs' own sockets live in this process, not in the measured child.
 */
export const memory: Benchmark = {
  name: 'memory',
  title: `server memory per connected client (${CLIENTS.toLocaleString('en-US')} tabs)`,
  async run({ profile, semiSpaceMb }: BenchOptions): Promise<Report> {
    const rows: Row[] = [];
    const notes: string[] = [];
    // Opt-in (--semi-space=N): a young generation of fixed size from the start, so it cannot grow during the measurement.
    const nodeOptions = semiSpaceMb ? [`--min-semi-space-size=${semiSpaceMb}`, `--max-semi-space-size=${semiSpaceMb}`] : [];
    for (const pages of ['counter', 'form30'] as const) {
      const { before, after, elements, htmlBytes, seconds, growth } = await measure(pages, profile, nodeOptions);
      const perClient = (key: keyof Memory): number => (after[key] - before[key]) / CLIENTS / KB;
      rows.push(
        { metric: `${pages}: RSS per client`, value: perClient('rss'), unit: 'KB', budget: pages === 'form30' ? '<= 16 KB' : undefined },
        { metric: `${pages}:   young generation growth in it`, value: perClient('newSpace'), unit: 'KB' },
        { metric: `${pages}:   young generation resident growth`, value: perClient('newSpaceResident'), unit: 'KB' },
        // After full GCs the young generation holds nothing of the clients: the pages it touched
        // for the first time under the load are a one-time cost, not memory per client.
        { metric: `${pages}:   RSS per client without that resident growth`, value: perClient('rss') - perClient('newSpaceResident'), unit: 'KB' },
        { metric: `${pages}: heap used per client`, value: perClient('heapUsed'), unit: 'KB' },
        { metric: `${pages}: native per client (RSS - V8 heap)`, value: perClient('rss') - perClient('heapTotal'), unit: 'KB' },
        { metric: `${pages}: elements in the tree (incl. 3 layout)`, value: elements },
        { metric: `${pages}: RSS before -> after`, value: `${mb(before.rss)} -> ${mb(after.rss)}`, unit: 'MB' },
      );
      notes.push(`${pages}: ${seconds.toFixed(1)} s to open ${CLIENTS} tabs; first HTML ${htmlBytes.toLocaleString('en-US')} B`);
      if (growth) notes.push(`${pages}: heap growth per client by kind (self size; RSS figures of a profiled run are perturbed):`, ...growth);
    }
    notes.push(
      `per client = (after - before) / ${CLIENTS}, each after 3 x global.gc() over ${SETTLE_MS} ms; baseline after ${WARMUP_CLIENTS} warm-up tabs that left`,
      semiSpaceMb
        ? `young generation fixed at ${semiSpaceMb} MB per semi-space (--semi-space=${semiSpaceMb}): it does not grow under the load, so RSS is per client`
        : 'young generation growth: V8 enlarges its new space under the load of opening tabs (once, up to a cap); it is in RSS but does not scale with clients (--semi-space=16 fixes its size)',
    );
    return { rows, notes };
  },
};

async function measure(pages: PageSetName, profile: boolean, nodeOptions: string[]) {
  const server = await forkServer(pages, nodeOptions);
  try {
    // Warm-up: code paths compiled and lazily created singletons built, then those clients deleted.
    for (const tab of await openTabs(server.url, WARMUP_CLIENTS, CONCURRENCY)) tab.close(LEAVING);
    await sleep(200);
    const before = await server.request('gc', { settleMs: SETTLE_MS });
    const censusBefore = profile ? heapCensus(await server.request('heapSnapshot', {})) : undefined;
    const started = performance.now();
    const tabs = await openTabs(server.url, CLIENTS, CONCURRENCY);
    const seconds = (performance.now() - started) / 1000;
    const after = await server.request('gc', { settleMs: SETTLE_MS });
    const growth = censusBefore && growthPerClient(censusBefore, heapCensus(await server.request('heapSnapshot', {})), CLIENTS);
    for (const tab of tabs) tab.close(LEAVING);
    return { before, after, elements: tabs[0]!.boot.elements.length, htmlBytes: tabs[0]!.htmlBytes, seconds, growth };
  } finally {
    await server.stop();
  }
}

const mb = (bytes: number): string => (bytes / KB / KB).toFixed(1);
