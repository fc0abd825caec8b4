import type { Op } from '../framework/protocol/messages.js';
import { startLocalServer } from './local-server.js';
import type { Benchmark, Report } from './report.js';
import { Tab } from './tab.js';

const CLICKS = 10;

/** A websocket frame header: 2 bytes for payloads under 126; tab -> server frames add a 4-byte mask. */
const HEADER = 2;
const MASK = 4;

/**
 * Bytes on the wire for one label text change on the counter page: a real server and websocket,
 * click Increment, read the frame the tab receives.
 */
export const frameBytes: Benchmark = {
  name: 'frame-bytes',
  title: 'bytes for one label text change (counter page)',
  async run(): Promise<Report> {
    const app = await startLocalServer('counter');
    try {
      const tab = await Tab.open(app.url);
      const button = tab.listenerId('q-btn', 'click');
      const frames: { text: string; bytes: number; ops: Op[] }[] = [];
      let arrived: (() => void) | undefined;
      tab.onMessage((message, bytes) => {
        if (message[0] !== 'f') return;
        frames.push({ text: JSON.stringify(message), bytes, ops: message[2] });
        arrived?.();
      });
      const click = JSON.stringify(['e', button, 'click', []]);
      for (let i = 0; i < CLICKS; i++) {
        const next = new Promise<void>((resolve) => (arrived = resolve));
        tab.ws.send(click);
        await next;
      }
      tab.close();
      const first = frames[0]!;
      const last = frames[frames.length - 1]!;
      return {
        rows: [
          { metric: 'frame payload, count 1 (1 digit)', value: first.bytes, unit: 'B', budget: '<= 40 B' },
          { metric: `frame payload, count ${CLICKS} (2 digits)`, value: last.bytes, unit: 'B', budget: '<= 40 B' },
          { metric: 'websocket frame on the wire (payload + header)', value: first.bytes + HEADER, unit: 'B' },
          { metric: 'ops per frame', value: first.ops.length },
          { metric: 'click message payload (tab -> server)', value: Buffer.byteLength(click), unit: 'B' },
          { metric: 'click on the wire (payload + header + mask)', value: Buffer.byteLength(click) + HEADER + MASK, unit: 'B' },
        ],
        notes: [`frame as sent: ${first.text}`, `click as sent: ${click}`, `websocket extensions negotiated: ${tab.ws.extensions || 'none'} (payload = bytes as sent)`],
      };
    } finally {
      await app.stop();
    }
  },
};
