import { describe, expect, it } from 'vitest';
import { ElementListeners, type Handler } from '../../client-runtime/listeners.js';
import { FakeClock } from './fake-clock.js';

function setup() {
  const clock = new FakeClock();
  const sent: unknown[][] = [];
  const listeners = new ElementListeners(7, (id, name, args) => void sent.push([id, name, args]), clock);
  return { clock, sent, listeners };
}

describe('ElementListeners', () => {
  it('maps every listened event to its Vue prop', () => {
    const { listeners } = setup();
    expect(Object.keys(listeners.props({ click: {}, 'update:pagination': {}, 'keyup.esc': {} }))).toEqual([
      'onClick',
      'onUpdate:pagination',
      'onKeyup',
    ]);
    expect(listeners.props(undefined)).toEqual({});
  });

  it('merges two listeners of one event into an array', () => {
    const { listeners, sent } = setup();
    const props = listeners.props({ keydown: {}, 'keydown.enter': {} });
    const handlers = props.onKeydown as Handler[];
    expect(handlers).toHaveLength(2);
    for (const handler of handlers) handler({ key: 'Enter' });
    for (const handler of handlers) handler({ key: 'x' });
    expect(sent.map(([, name]) => name)).toEqual(['keydown', 'keydown.enter', 'keydown']);
  });

  it('keeps handlers (and their throttle) across renders while the spec is unchanged', () => {
    const { listeners, sent, clock } = setup();
    const first = listeners.props({ 'update:model-value': { t: 100 } })['onUpdate:modelValue'] as Handler;
    first(1);
    const second = listeners.props({ 'update:model-value': { t: 100 } })['onUpdate:modelValue'] as Handler;
    expect(second).toBe(first);
    second(2);
    second(3);
    expect(sent).toEqual([[7, 'update:model-value', [1]]]);
    clock.advance(100);
    expect(sent).toEqual([
      [7, 'update:model-value', [1]],
      [7, 'update:model-value', [3]],
    ]);
    const changed = listeners.props({ 'update:model-value': { t: 50 } })['onUpdate:modelValue'];
    expect(changed).not.toBe(first);
  });

  it('forgets a listener the server dropped, also one named after a member of every object', () => {
    const { listeners, sent } = setup();
    const first = listeners.props({ toString: { t: 100 } }).onToString as Handler;
    first(1);
    expect(listeners.props({})).toEqual({});
    // A fresh listener: the dropped one's throttle does not hold back its first event.
    (listeners.props({ toString: { t: 100 } }).onToString as Handler)(2);
    expect(sent).toEqual([
      [7, 'toString', [1]],
      [7, 'toString', [2]],
    ]);
  });
});
