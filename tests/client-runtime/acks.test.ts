import { describe, expect, it } from 'vitest';
import { AckScheduler } from '../../client-runtime/acks.js';
import { FakeClock } from './fake-clock.js';

describe('AckScheduler', () => {
  it('acks the latest seq once per delay', () => {
    const clock = new FakeClock();
    const sent: number[] = [];
    const acks = new AckScheduler((seq) => sent.push(seq), clock, { delayMs: 250, maxFrames: 32 });
    acks.applied(1);
    acks.applied(2);
    clock.advance(249);
    expect(sent).toEqual([]);
    clock.advance(1);
    expect(sent).toEqual([2]);
    acks.applied(3);
    clock.advance(250);
    expect(sent).toEqual([2, 3]);
  });

  it('acks at once after maxFrames frames', () => {
    const clock = new FakeClock();
    const sent: number[] = [];
    const acks = new AckScheduler((seq) => sent.push(seq), clock, { delayMs: 250, maxFrames: 3 });
    for (let seq = 1; seq <= 7; seq++) acks.applied(seq);
    expect(sent).toEqual([3, 6]);
    clock.advance(250);
    expect(sent).toEqual([3, 6, 7]);
    expect(clock.pending).toBe(0);
  });

  it('forgets the pending ack on cancel', () => {
    const clock = new FakeClock();
    const sent: number[] = [];
    const acks = new AckScheduler((seq) => sent.push(seq), clock);
    acks.applied(5);
    acks.cancel();
    clock.advance(1000);
    expect(sent).toEqual([]);
  });
});
