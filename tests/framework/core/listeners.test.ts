import { describe, expect, it } from 'vitest';
import { addListener, handlersOf, listenerSpecs, removeListener, type Listeners } from '../../../framework/core/listeners.js';
import { KiteError } from '../../../framework/core/errors.js';

const OBJECT_MEMBERS = ['__lookupGetter__', 'propertyIsEnumerable', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('listeners by event name', () => {
  it('finds no handlers for a name that is a member of every object', () => {
    const listeners: Listeners = {};
    addListener(listeners, 'click', () => {}, {});
    for (const name of OBJECT_MEMBERS) expect(handlersOf(listeners, name)).toEqual([]);
    expect(removeListener(listeners, 'toString', undefined)).toBe(false);
  });

  it('holds such a name as any other when a page listens to it', () => {
    const listeners: Listeners = {};
    const handler = () => {};
    expect(addListener(listeners, 'toString', handler, {})).toBe(true);
    expect(addListener(listeners, 'constructor', handler, { throttle: 100 })).toBe(true);
    expect(handlersOf(listeners, 'toString')).toEqual([handler]);
    expect(listenerSpecs(listeners)).toEqual({ toString: {}, constructor: { t: 100 } });
    expect(removeListener(listeners, 'toString', handler)).toBe(true);
    expect(handlersOf(listeners, 'toString')).toEqual([]);
  });

  it('refuses __proto__, which a record cannot hold as a key', () => {
    const listeners: Listeners = {};
    expect(() => addListener(listeners, '__proto__', () => {}, {})).toThrow(KiteError);
    expect(Object.getPrototypeOf(listeners)).toBe(Object.prototype);
  });
});
