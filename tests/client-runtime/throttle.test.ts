import { describe, expect, it, vi } from 'vitest';
import { throttle } from '../../client-runtime/throttle.js';
import { FakeClock } from './fake-clock.js';

describe('throttle', () => {
  it('sends the first call at once and the latest of a burst at the end of the pause', () => {
    const clock = new FakeClock();
    const sent = vi.fn();
    const send = throttle(sent, 100, clock);
    send(1);
    send(2);
    send(3);
    expect(sent.mock.calls).toEqual([[1]]);
    clock.advance(99);
    expect(sent).toHaveBeenCalledTimes(1);
    clock.advance(1);
    expect(sent.mock.calls).toEqual([[1], [3]]);
    clock.advance(1000);
    expect(sent).toHaveBeenCalledTimes(2);
  });

  it('keeps at least the interval between two sends', () => {
    const clock = new FakeClock();
    const times: number[] = [];
    const send = throttle(() => times.push(clock.now()), 100, clock);
    for (let t = 0; t < 350; t += 10) {
      send();
      clock.advance(10);
    }
    clock.advance(200);
    expect(times).toEqual([0, 100, 200, 300, 400]);
  });

  it('sends at once again after a quiet period', () => {
    const clock = new FakeClock();
    const sent = vi.fn();
    const send = throttle(sent, 100, clock);
    send('a');
    clock.advance(500);
    send('b');
    expect(sent.mock.calls).toEqual([['a'], ['b']]);
  });
});
