import { forkServer, type Usage } from './fork-server.js';
import { Clicker, drain } from './clicker.js';
import { pace } from './pace.js';
import type { BenchOptions, Benchmark, Report } from './report.js';
import { summarize } from './stats.js';
import { openTabs } from './tab.js';

/** 20 tabs x 50 clicks/s = 1,000 events/s: one socket may send 60 messages/s by default. */
const TABS = 20;
const PER_SECOND = 1000;
const WARMUP_SECONDS = 1;
const SECONDS = 10;
const HANDLING_SECONDS = 3;

/**
 * Server time per event at 1,000 events/s. The server runs in a child process; synthetic tabs in
 * this process click Increment on the counter page, spread evenly over time.
 */
export const eventLatency: Benchmark = {
  name: 'event-latency',
  title: `server time per event at ${PER_SECOND.toLocaleString('en-US')} events/s (${TABS} tabs, counter page)`,
  async run({ profile }: BenchOptions): Promise<Report> {
    const server = await forkServer('counter');
    const latencies: number[] = [];
    try {
      const tabs = await openTabs(server.url, TABS, 10);
      const clickers = tabs.map((tab) => new Clicker(tab, latencies));
      const load = (seconds: number, record: boolean): Promise<number> =>
        pace(PER_SECOND, seconds * 1000, (i) => clickers[i % clickers.length]!.click(record));

      await load(WARMUP_SECONDS, false); // lets V8 optimise the hot path before anything counts
      await drain(clickers);
      if (profile) await server.request('profileStart', {});
      const before = await server.request('usage', {});
      const started = performance.now();
      const sent = await load(SECONDS, true);
      await drain(clickers);
      const elapsed = (performance.now() - started) / 1000;
      const after = await server.request('usage', {});
      const hot = profile ? await server.request('profileStop', {}) : [];
      const lost = clickers.reduce((n, c) => n + c.outstanding, 0);
      for (const c of clickers) c.stopRecording();

      const handling = await server.request('handling', { perSecond: PER_SECOND, seconds: HANDLING_SECONDS });
      for (const tab of tabs) tab.close();

      const events = after.events - before.events;
      const cpuMicros = cpuDelta(before, after);
      const roundTrip = summarize(latencies);
      return {
        rows: [
          { metric: 'round trip click -> frame, median', value: roundTrip.median, unit: 'ms' },
          { metric: 'round trip click -> frame, p95', value: roundTrip.p95, unit: 'ms' },
          { metric: 'round trip click -> frame, p99', value: roundTrip.p99, unit: 'ms' },
          { metric: 'round trip click -> frame, max', value: roundTrip.max, unit: 'ms' },
          { metric: 'events handled (server count)', value: events },
          { metric: 'achieved rate', value: events / elapsed, unit: 'events/s' },
          { metric: 'server CPU per event (user+system, mean)', value: cpuMicros / events, unit: 'µs' },
          { metric: 'server event loop busy', value: 100 * busyShare(before, after), unit: '%' },
          { metric: 'server handling per message, median', value: handling.total.median * 1000, unit: 'µs' },
          { metric: 'server handling per message, p95', value: handling.total.p95 * 1000, unit: 'µs' },
          { metric: 'server handling per message, p99', value: handling.total.p99 * 1000, unit: 'µs', budget: '<= 1,000 µs' },
          { metric: 'server handling per message, max', value: handling.total.max * 1000, unit: 'µs' },
          { metric: '  of which parse + handler, median', value: handling.handle.median * 1000, unit: 'µs' },
          { metric: '  of which parse + handler, p99', value: handling.handle.p99 * 1000, unit: 'µs' },
        ],
        notes: [
          `${sent.toLocaleString('en-US')} clicks over ${elapsed.toFixed(1)} s after a ${WARMUP_SECONDS} s warm-up; ${latencies.length.toLocaleString('en-US')} round trips timed; ${lost} clicks without a frame`,
          'round trip: performance.now() in the load generator from ws.send to the frame that shows the new count',
          'CPU per event: delta of the child process.cpuUsage() over the measured window / clicks counted by the server',
          ...(profile ? ['profiled run (figures include the profiler overhead); server self time, share of busy samples:', ...hot] : []),
          `handling: in the child, parse + handleUpMessage + client.flush() (incl. the socket write) timed per click on the live clients, ${HANDLING_SECONDS} s at the same rate, no load from the tabs (handling.ts)`,
        ],
      };
    } finally {
      await server.stop();
    }
  },
};

function cpuDelta(before: Usage, after: Usage): number {
  return after.cpu.user - before.cpu.user + (after.cpu.system - before.cpu.system);
}

function busyShare(before: Usage, after: Usage): number {
  const active = after.elu.active - before.elu.active;
  const idle = after.elu.idle - before.elu.idle;
  return active / (active + idle);
}
