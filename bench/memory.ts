import { forkServer, type Memory } from './fork-server.js';
import type { PageSetName } from './pages.js';
import { growthPerClient, heapCensus } from './heap-census.js';
import type { BenchOptions, Benchmark, Report, Row } from './report.js';
import { LEAVING, openTabs, type Tab } from './tab.js';
import { sleep } from './pace.js';

const CLIENTS = 1000;
const WARMUP_CLIENTS = 20;
const CONCURRENCY = 20;
const SETTLE_MS = 600;
/** Time for the server to see 2,000 tabs leave before the last reading. */
const LEAVE_MS = 1000;
const KB = 1024;

/**
 * Server memory per connected client: a fresh server child per page; baseline after a warm-up and
 * full GCs; then 1,000 tabs load the page and stay connected, then 1,000 more, with full GCs and a
 * reading after each thousand. The tabs' own sockets live in this process, not in the measured child.
 *
 * The first thousand carries one-time costs of the process (V8 enlarges and touches its young
 * generation under the load, compiles code, grows pools); the second thousand, joining a server
 * that already holds a thousand clients, is what each further client costs: the budget figure.
 */
export const memory: Benchmark = {
  name: 'memory',
  title: `server memory per connected client (${CLIENTS.toLocaleString('en-US')} + ${CLIENTS.toLocaleString('en-US')} tabs)`,
  async run({ profile, semiSpaceMb }: BenchOptions): Promise<Report> {
    const rows: Row[] = [];
    const notes: string[] = [];
    // Opt-in (--semi-space=N): a young generation of fixed size from the start, so it cannot grow during the measurement.
    const nodeOptions = semiSpaceMb ? [`--min-semi-space-size=${semiSpaceMb}`, `--max-semi-space-size=${semiSpaceMb}`] : [];
    for (const pages of ['counter', 'form30'] as const) {
      const { readings, elements, htmlBytes, seconds, growth } = await measure(pages, profile, nodeOptions);
      const [empty, first, second, left] = readings;
      const perClient = (from: Memory, to: Memory, key: keyof Memory): number => (to[key] - from[key]) / CLIENTS / KB;
      rows.push(
        { metric: `${pages}: RSS per client, tabs 1,001-2,000`, value: perClient(first, second, 'rss'), unit: 'KB', budget: pages === 'form30' ? '<= 16 KB' : undefined },
        { metric: `${pages}:   heap used per client in it`, value: perClient(first, second, 'heapUsed'), unit: 'KB' },
        { metric: `${pages}:   native per client in it (RSS - V8 heap)`, value: perClient(first, second, 'rss') - perClient(first, second, 'heapTotal'), unit: 'KB' },
        { metric: `${pages}: RSS per client, tabs 1-1,000`, value: perClient(empty, first, 'rss'), unit: 'KB' },
        { metric: `${pages}:   young generation resident growth in it`, value: perClient(empty, first, 'newSpaceResident'), unit: 'KB' },
        // After full GCs the young generation holds nothing of the clients: the pages it touched
        // for the first time under the load are a one-time cost, not memory per client.
        { metric: `${pages}:   RSS per client without that growth`, value: perClient(empty, first, 'rss') - perClient(empty, first, 'newSpaceResident'), unit: 'KB' },
        { metric: `${pages}:   heap used per client in it`, value: perClient(empty, first, 'heapUsed'), unit: 'KB' },
        // Nothing of a client may stay once its tab has left: what does is a leak.
        { metric: `${pages}: heap used after all 2,000 tabs left, vs before they came`, value: (left.heapUsed - empty.heapUsed) / KB, unit: 'KB' },
        { metric: `${pages}: elements in the tree (incl. 3 layout)`, value: elements },
        { metric: `${pages}: RSS at 0 -> 1,000 -> 2,000 tabs`, value: readings.map((r) => mb(r.rss)).join(' -> '), unit: 'MB' },
      );
      notes.push(`${pages}: ${seconds.map((s) => s.toFixed(1)).join(' + ')} s to open ${CLIENTS} + ${CLIENTS} tabs; first HTML ${htmlBytes.toLocaleString('en-US')} B`);
      if (growth) notes.push(`${pages}: heap growth per client by kind over tabs 1,001-2,000 (self size; RSS figures of a profiled run are perturbed):`, ...growth);
    }
    notes.push(
      `per client = growth / ${CLIENTS}, each reading after 3 x global.gc() over ${SETTLE_MS} ms; baseline after ${WARMUP_CLIENTS} warm-up tabs that left`,
      'tabs 1-1,000 include one-time costs of the process (young generation enlarged and touched under the load, JIT code); tabs 1,001-2,000 are what a further client costs',
      semiSpaceMb
        ? `young generation fixed at ${semiSpaceMb} MB per semi-space (--semi-space=${semiSpaceMb}): it does not grow under the load`
        : 'young generation: V8 enlarges its new space under the load of opening tabs (once, up to a cap; --semi-space=16 fixes its size)',
    );
    return { rows, notes };
  },
};

async function measure(pages: PageSetName, profile: boolean, nodeOptions: string[]) {
  const server = await forkServer(pages, nodeOptions);
  const tabs: Tab[] = [];
  try {
    // Warm-up: code paths compiled and lazily created singletons built, then those clients deleted.
    for (const tab of await openTabs(server.url, WARMUP_CLIENTS, CONCURRENCY)) tab.close(LEAVING);
    await sleep(200);
    const readings: Memory[] = [await server.request('gc', { settleMs: SETTLE_MS })];
    const seconds: number[] = [];
    let growth: string[] | undefined;
    for (let thousand = 0; thousand < 2; thousand++) {
      const censusBefore = profile && thousand === 1 ? heapCensus(await server.request('heapSnapshot', {})) : undefined;
      const started = performance.now();
      tabs.push(...(await openTabs(server.url, CLIENTS, CONCURRENCY)));
      seconds.push((performance.now() - started) / 1000);
      readings.push(await server.request('gc', { settleMs: SETTLE_MS }));
      if (censusBefore) growth = growthPerClient(censusBefore, heapCensus(await server.request('heapSnapshot', {})), CLIENTS);
    }
    const elements = tabs[0]!.boot.elements.length;
    const htmlBytes = tabs[0]!.htmlBytes;
    for (const tab of tabs.splice(0)) tab.close(LEAVING);
    await sleep(LEAVE_MS);
    readings.push(await server.request('gc', { settleMs: SETTLE_MS }));
    return { readings: readings as [Memory, Memory, Memory, Memory], elements, htmlBytes, seconds, growth };
  } finally {
    for (const tab of tabs) tab.close(LEAVING);
    await server.stop();
  }
}

const mb = (bytes: number): string => (bytes / KB / KB).toFixed(1);
