import type { Clock } from './clock.js';

export interface AckOptions {
  /** Longest time an applied frame waits for its ack. */
  delayMs: number;
  /** Ack at once after this many unacknowledged frames, so the server's replay ring stays small. */
  maxFrames: number;
}

export const defaultAckOptions: AckOptions = { delayMs: 250, maxFrames: 32 };

/** Acknowledges applied frames in batches: one ['a', seq] covers every frame up to seq. */
export class AckScheduler {
  private seq: number | undefined;
  private count = 0;
  private timer: unknown;

  constructor(
    private readonly send: (seq: number) => void,
    private readonly clock: Clock,
    private readonly options: AckOptions = defaultAckOptions,
  ) {}

  applied(seq: number): void {
    this.seq = seq;
    if (++this.count >= this.options.maxFrames) return this.flush();
    this.timer ??= this.clock.setTimeout(() => this.flush(), this.options.delayMs);
  }

  flush(): void {
    const seq = this.seq;
    this.cancel();
    if (seq !== undefined) this.send(seq);
  }

  /** Forgets the pending ack (the socket closed; the rejoin URL carries the seq instead). */
  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.count = 0;
    this.seq = undefined;
  }
}
