/**
 * The frames a client has sent but the tab has not acknowledged, bounded by count and bytes.
 * A rejoin replays from here; when the ring no longer reaches back, the caller sends a snapshot.
 */
export class ReplayRing {
  private frames: { seq: number; text: string }[] = [];
  private head = 0;
  private bytes = 0;

  constructor(
    private readonly maxFrames: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.frames.length - this.head;
  }

  get byteSize(): number {
    return this.bytes;
  }

  push(seq: number, text: string): void {
    this.frames.push({ seq, text });
    this.bytes += text.length;
    while (this.size > this.maxFrames || (this.bytes > this.maxBytes && this.size > 0)) this.dropOldest();
  }

  /** Forgets every frame up to and including `seq`. */
  ack(seq: number): void {
    while (this.size > 0 && this.frames[this.head]!.seq <= seq) this.dropOldest();
  }

  /**
   * The frames after `seq`, up to `current`; undefined when the ring does not reach back that far
   * (or `seq` is from the future, which only a forged rejoin sends).
   */
  since(seq: number, current: number): string[] | undefined {
    if (seq === current) return [];
    if (seq > current) return undefined;
    const oldest = this.size > 0 ? this.frames[this.head]!.seq : current + 1;
    if (oldest > seq + 1) return undefined;
    const out: string[] = [];
    for (let i = this.head; i < this.frames.length; i++) if (this.frames[i]!.seq > seq) out.push(this.frames[i]!.text);
    return out;
  }

  clear(): void {
    this.frames = [];
    this.head = 0;
    this.bytes = 0;
  }

  private dropOldest(): void {
    this.bytes -= this.frames[this.head]!.text.length;
    this.head++;
    // Compact now and then instead of shifting on every drop.
    if (this.head > 64 && this.head * 2 > this.frames.length) {
      this.frames = this.frames.slice(this.head);
      this.head = 0;
    }
  }
}
