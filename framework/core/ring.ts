/**
 * The frames a client has sent but the tab has not acknowledged, bounded by count and bytes.
 * A rejoin replays from here; when the ring no longer reaches back, the caller sends a snapshot.
 */
export class ReplayRing {
  /** Allocated by the first frame and dropped once every frame is acknowledged (the usual state). */
  private frames: { seq: number; text: string }[] | undefined;
  /** Index of the oldest frame still held; the frames before it are dropped. */
  private head = 0;
  private bytes = 0;

  constructor(
    private readonly maxFrames: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.frames ? this.frames.length - this.head : 0;
  }

  get byteSize(): number {
    return this.bytes;
  }

  push(seq: number, text: string): void {
    (this.frames ??= []).push({ seq, text });
    this.bytes += text.length;
    while (this.size > this.maxFrames || (this.bytes > this.maxBytes && this.size > 0)) this.dropOldest();
  }

  /** Forgets every frame up to and including `seq`. */
  ack(seq: number): void {
    while (this.size > 0 && this.frames![this.head]!.seq <= seq) this.dropOldest();
  }

  /**
   * The frames after `seq`, up to `current`; undefined when the ring does not reach back that far
   * (or `seq` is from the future, which only a forged rejoin sends).
   */
  since(seq: number, current: number): string[] | undefined {
    if (seq === current) return [];
    if (seq > current) return undefined;
    const frames = this.frames ?? [];
    const oldest = this.size > 0 ? frames[this.head]!.seq : current + 1;
    if (oldest > seq + 1) return undefined;
    const out: string[] = [];
    for (let i = this.head; i < frames.length; i++) if (frames[i]!.seq > seq) out.push(frames[i]!.text);
    return out;
  }

  clear(): void {
    this.frames = undefined;
    this.head = 0;
    this.bytes = 0;
  }

  private dropOldest(): void {
    const frames = this.frames!;
    this.bytes -= frames[this.head]!.text.length;
    this.head++;
    // Dropped frames stay referenced until the array is compacted, so compact as soon as they are
    // the majority (copying fewer frames than were dropped: amortized constant), and let go of
    // the array when it is empty. Shifting on every drop would be quadratic.
    if (this.head === frames.length) this.clear();
    else if (this.head * 2 > frames.length) {
      this.frames = frames.slice(this.head);
      this.head = 0;
    }
  }
}
