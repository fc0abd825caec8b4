/**
 * Kite's benchmarks: `npm run bench` runs all of them, `npm run bench -- frame-bytes memory` the
 * named ones (a prefix is enough: `frame`); `--profile` adds a CPU profile or heap census where a
 * benchmark has one; `--semi-space=16` pins the young generation of the memory benchmark's server
 * (see bench/README.md). They print figures next to their budgets and never fail on a figure; a
 * benchmark that throws is reported and makes the exit code non-zero.
 */
import { cpus, loadavg } from 'node:os';
import { binding } from './binding.js';
import { clickLatency } from './click-latency.js';
import { eventLatency } from './event-latency.js';
import { firstLoad } from './first-load.js';
import { frameBytes } from './frame-bytes.js';
import { memory } from './memory.js';
import { pageSize } from './page-size.js';
import { printReport, type Benchmark } from './report.js';
import { restart } from './restart.js';

const benchmarks: Benchmark[] = [frameBytes, eventLatency, pageSize, memory, firstLoad, binding, clickLatency, restart];

const args = process.argv.slice(2);
const semiSpace = args.find((a) => a.startsWith('--semi-space='))?.slice('--semi-space='.length);
const options = { profile: args.includes('--profile'), semiSpaceMb: semiSpace ? Number(semiSpace) : undefined };
if (options.semiSpaceMb !== undefined && !(Number.isInteger(options.semiSpaceMb) && options.semiSpaceMb > 0)) {
  console.error(`--semi-space takes a size in MB, e.g. --semi-space=16 (got ${semiSpace})`);
  process.exit(2);
}
const wanted = args.filter((a) => !a.startsWith('-'));
const selected = wanted.length ? benchmarks.filter((b) => wanted.some((w) => b.name.startsWith(w))) : benchmarks;
if (selected.length === 0) {
  console.error(`no benchmark matches ${wanted.join(' ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`;
// Load from other processes inflates timings; print it so a noisy run can be recognised.
console.log(`Kite benchmarks on Node ${process.version}, ${machine}, load average ${loadavg()[0]!.toFixed(2)}`);
let failed = false;
for (const benchmark of selected) {
  const start = performance.now();
  try {
    printReport(benchmark, await benchmark.run(options), (performance.now() - start) / 1000);
  } catch (error) {
    failed = true;
    console.error(`\n== ${benchmark.name}: FAILED to run\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
