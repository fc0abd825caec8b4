/**
 * The child process of the server benchmarks: serves one page set on a loopback port and answers
 * the parent's requests over IPC (see fork-server.ts). Started with `--expose-gc`.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { run } from '../framework/index.js';
import { defaultAssetsDir } from '../framework/server/assets.js';
import { MemoryLogger } from '../framework/testing/index.js';
import type { RequestMessage, Requests } from './fork-server.js';
import { countedEvents, measureHandling } from './handling.js';
import { sleep } from './pace.js';
import { CpuProfiler } from './profile.js';
import { pageSets, type PageSetName } from './pages.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('start the server child with --expose-gc');
const pages = pageSets[process.argv[2] as PageSetName];
if (!pages) throw new Error(`unknown page set ${process.argv[2]}`);

// Unless a browser loads the pages ('built'), the runtime's assets do not matter: a fixture
// manifest keeps the server independent of the client build.
const assetsDir = process.argv[3] === 'built' ? defaultAssetsDir : fileURLToPath(new URL('./fixtures/assets', import.meta.url));
const app = await run({ pages, port: 0, host: '127.0.0.1', storageDir: false, assetsDir, logger: new MemoryLogger(), dev: false });

let profiler: CpuProfiler | undefined;

type Handlers = { [N in keyof Requests]: (args: Requests[N]['args']) => Promise<Requests[N]['reply']> | Requests[N]['reply'] };
const handlers: Handlers = {
  usage: () => ({
    cpu: process.cpuUsage(),
    elu: performance.eventLoopUtilization(),
    events: countedEvents(app.kite.clients.values()),
  }),
  gc: async ({ settleMs }) => {
    for (let i = 0; i < 3; i++) {
      gc();
      await sleep(settleMs / 3);
    }
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    return { ...process.memoryUsage(), newSpace: young?.space_size ?? 0, newSpaceResident: young?.physical_space_size ?? 0 };
  },
  handling: ({ perSecond, seconds }) => measureHandling(app.kite.clients.values(), perSecond, seconds),
  profileStart: async () => {
    profiler = new CpuProfiler();
    await profiler.start();
    return null;
  },
  profileStop: () => profiler!.stop(),
  heapSnapshot: () => {
    gc();
    return writeHeapSnapshot(join(tmpdir(), `kite-bench-${process.pid}-${Date.now()}.heapsnapshot`));
  },
  stop: async () => {
    await app.stop();
    process.exit(0);
  },
};

process.on('message', async (message: RequestMessage) => {
  const handler = handlers[message.name] as (args: unknown) => unknown;
  process.send!({ id: message.id, reply: await handler(message.args) });
});
// The parent went away without stopping us: do not linger.
process.on('disconnect', () => process.exit(0));
process.send!({ ready: app.url });
