import { defaultClientConfig, type Client } from '../framework/core/client.js';
import type { Element } from '../framework/core/element.js';
import { observable, PageRegistry, ui } from '../framework/index.js';
import { openPage } from '../framework/server/pages.js';
import { MemoryLogger } from '../framework/testing/index.js';
import type { Benchmark, Report } from './report.js';
import { summarize } from './stats.js';

const LABELS = 1000;
const WARMUP = 50;
const CHANGES = 200;

interface Sample {
  /** The assignment `model.value = ...`: every bound label updated and its patch queued. */
  propagate: number;
  /** From the assignment to the frame handed to the socket (includes the hop to the next turn). */
  total: number;
  /** CPU time of this process over the same span (user + system): less sensitive to other processes. */
  cpu: number;
}

/**
 * One model value bound to 1,000 labels, changed once per turn from outside any client (as a
 * timer or a REST handler would): how many frames leave, how large, and how long the server takes
 * from the assignment until the frame is flushed. In-process, with a transport that records.
 */
export const binding: Benchmark = {
  name: 'binding',
  title: `one model change bound to ${LABELS.toLocaleString('en-US')} labels (in-process)`,
  async run(): Promise<Report> {
    const model = observable({ value: 0 });
    const pages = new PageRegistry();
    pages.add('/bound', () => {
      for (let i = 0; i < LABELS; i++) ui.label().bindTextFrom(model, 'value');
    });
    pages.add('/plain', () => {
      for (let i = 0; i < LABELS; i++) ui.label('0');
    });
    const bound = await measuredClient(pages, '/bound');
    const plain = await measuredClient(pages, '/plain');
    const labels = [...plain.client.elements.values()].filter((el) => el.tag === 'div');

    const boundSamples: Sample[] = [];
    const plainSamples: Sample[] = [];
    const framesPerChange: number[] = [];
    // Alternating, so drift (GC, CPU frequency, other processes) hits both alike.
    for (let i = 1; i <= WARMUP + CHANGES; i++) {
      const frames = bound.sent.length;
      const b = await timeChange(bound, () => (model.value = i));
      framesPerChange.push(bound.sent.length - frames);
      const p = await timeChange(plain, () => setAll(labels, String(i)));
      if (i > WARMUP) {
        boundSamples.push(b);
        plainSamples.push(p);
      }
    }
    const last = bound.sent.at(-1)!;
    const propagate = summarize(boundSamples.map((s) => s.propagate));
    const total = summarize(boundSamples.map((s) => s.total));
    const loop = summarize(plainSamples.map((s) => s.total));
    const cpu = summarize(boundSamples.map((s) => s.cpu));
    const loopCpu = summarize(plainSamples.map((s) => s.cpu));
    bound.client.delete();
    plain.client.delete();
    return {
      rows: [
        { metric: 'frames per change (max over all changes)', value: Math.max(...framesPerChange), budget: '1' },
        { metric: 'bytes of that frame', value: Buffer.byteLength(last.text), unit: 'B' },
        { metric: 'bytes per label patch', value: Buffer.byteLength(last.text) / LABELS, unit: 'B' },
        { metric: 'assignment (all labels updated), median', value: propagate.median * 1000, unit: 'µs' },
        { metric: 'assignment, p95', value: propagate.p95 * 1000, unit: 'µs' },
        { metric: 'assignment -> frame flushed, median', value: total.median * 1000, unit: 'µs' },
        { metric: 'assignment -> frame flushed, p95', value: total.p95 * 1000, unit: 'µs' },
        { metric: 'CPU for the change until flushed (user + system), mean', value: cpu.mean * 1000, unit: 'µs' },
        { metric: `without bindings: a loop setting ${LABELS.toLocaleString('en-US')} label texts -> flushed, median`, value: loop.median * 1000, unit: 'µs' },
        { metric: 'without bindings: p95', value: loop.p95 * 1000, unit: 'µs' },
        { metric: 'without bindings: CPU, mean', value: loopCpu.mean * 1000, unit: 'µs' },
      ],
      notes: [
        `${CHANGES} timed changes after ${WARMUP} warm-up changes, one per turn of the event loop, alternating with the loop without bindings`,
        'time from the assignment to the transport receiving the frame (outbox -> JSON -> replay ring), measured with performance.now()',
        `frame as sent starts: ${last.text.slice(0, 60)}...`,
      ],
    };
  },
};

interface MeasuredClient {
  client: Client;
  sent: { text: string; at: number }[];
}

async function measuredClient(pages: PageRegistry, path: string): Promise<MeasuredClient> {
  const config = { ...defaultClientConfig, logger: new MemoryLogger(), dev: false };
  const opened = await openPage(pages, new URL(`http://localhost${path}`), config);
  if (opened.kind !== 'page') throw new Error(`no page at ${path} (${opened.kind})`);
  const measured: MeasuredClient = { client: opened.client, sent: [] };
  opened.client.takeSnapshot(); // as the first HTML does: what is in the snapshot is not sent as a frame
  opened.client.attach({ send: (text) => measured.sent.push({ text, at: performance.now() }), close() {} });
  return measured;
}

/** Times one change, made outside any client scope, until its frame has left (the next turn). */
async function timeChange(target: MeasuredClient, change: () => void): Promise<Sample> {
  const frames = target.sent.length;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  change();
  const propagate = performance.now() - start;
  while (target.sent.length === frames) await new Promise<void>((resolve) => setImmediate(resolve));
  const cpu = process.cpuUsage(cpuStart);
  return { propagate, total: target.sent.at(-1)!.at - start, cpu: (cpu.user + cpu.system) / 1000 };
}

function setAll(labels: Element[], text: string): void {
  for (const label of labels) label.text = text;
}
