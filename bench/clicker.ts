import { sleep } from './pace.js';
import type { Tab } from './tab.js';

/**
 * Clicks Increment in one tab and times each click until a frame shows a count that includes it.
 * Frames can merge two clicks (same turn of the server's loop): the count tells which clicks it covers.
 */
export class Clicker {
  private readonly sentAt: number[] = [];
  private handled = 0;
  private recording = true;
  private readonly message: string;

  constructor(
    private readonly tab: Tab,
    private readonly latencies: number[],
  ) {
    this.message = JSON.stringify(['e', tab.listenerId('q-btn', 'click'), 'click', []]);
    const label = tab.elementId((e) => e.c?.includes('bench-counter') ?? false);
    tab.ws.on('close', (code, reason) => {
      if (this.recording) console.error(`tab closed during the load: ${code} ${reason.toString()}`);
    });
    tab.onMessage((message) => {
      if (message[0] !== 'f') return;
      for (const op of message[2]) if (op[0] === 'u' && op[1] === label && op[2].t !== undefined) this.handledUpTo(Number(op[2].t));
    });
  }

  get outstanding(): number {
    return this.sentAt.length - this.handled;
  }

  click(record: boolean): void {
    this.sentAt.push(record ? performance.now() : NaN);
    this.tab.ws.send(this.message);
  }

  stopRecording(): void {
    this.recording = false;
  }

  private handledUpTo(count: number): void {
    if (!this.recording) return;
    const now = performance.now();
    for (; this.handled < Math.min(count, this.sentAt.length); this.handled++) {
      const sentAt = this.sentAt[this.handled]!;
      if (!Number.isNaN(sentAt)) this.latencies.push(now - sentAt);
    }
  }
}

/** Waits until every click has its frame (at most 2 s). */
export async function drain(clickers: readonly Clicker[]): Promise<void> {
  for (let waited = 0; waited < 2000 && clickers.some((c) => c.outstanding > 0); waited += 10) await sleep(10);
}
