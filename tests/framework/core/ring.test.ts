import { describe, expect, it } from 'vitest';
import { ReplayRing } from '../../../framework/core/ring.js';

describe('ReplayRing', () => {
  it('replays the frames after the last seq the tab saw', () => {
    const ring = new ReplayRing(10, 1000);
    for (let seq = 1; seq <= 5; seq++) ring.push(seq, `f${seq}`);
    expect(ring.since(3, 5)).toEqual(['f4', 'f5']);
    expect(ring.since(5, 5)).toEqual([]);
  });

  it('forgets acknowledged frames', () => {
    const ring = new ReplayRing(10, 1000);
    for (let seq = 1; seq <= 5; seq++) ring.push(seq, `f${seq}`);
    ring.ack(4);
    expect(ring.size).toBe(1);
    expect(ring.since(4, 5)).toEqual(['f5']);
    expect(ring.since(2, 5)).toBeUndefined();
  });

  it('is bounded by frame count and bytes, and then cannot reach back', () => {
    const ring = new ReplayRing(3, 1000);
    for (let seq = 1; seq <= 5; seq++) ring.push(seq, `f${seq}`);
    expect(ring.size).toBe(3);
    expect(ring.since(1, 5)).toBeUndefined();
    expect(ring.since(2, 5)).toEqual(['f3', 'f4', 'f5']);
    const small = new ReplayRing(100, 10);
    for (let seq = 1; seq <= 5; seq++) small.push(seq, 'xxxx');
    expect(small.byteSize).toBeLessThanOrEqual(10);
  });

  it('keeps counting right while acknowledged frames are let go in steps', () => {
    const ring = new ReplayRing(10, 1000);
    for (let seq = 1; seq <= 9; seq++) ring.push(seq, `f${seq}`);
    ring.ack(5);
    expect(ring.size).toBe(4);
    expect(ring.byteSize).toBe(8);
    ring.push(10, 'f10');
    expect(ring.since(5, 10)).toEqual(['f6', 'f7', 'f8', 'f9', 'f10']);
    ring.ack(10);
    expect(ring.size).toBe(0);
    expect(ring.byteSize).toBe(0);
    expect(ring.since(10, 10)).toEqual([]);
    ring.push(11, 'f11');
    expect(ring.since(10, 11)).toEqual(['f11']);
  });

  it('answers a seq from the future with a resync', () => {
    const ring = new ReplayRing(10, 1000);
    ring.push(1, 'f1');
    expect(ring.since(9, 1)).toBeUndefined();
  });
});
