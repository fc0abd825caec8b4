import { describe, expect, it } from 'vitest';
import { InMemoryChangeBus, type ChangeEvent } from '../../../app/services/bus.js';
import { recordingLogger } from '../../support/logger.js';

const event: ChangeEvent = { kind: 'item', action: 'created', id: 'i1', ownerId: 'u1' };

describe('InMemoryChangeBus', () => {
  it('delivers each event to every subscriber, in order', () => {
    const bus = new InMemoryChangeBus(recordingLogger());
    const seen: string[] = [];
    bus.subscribe((e) => seen.push(`a:${e.id}`));
    bus.subscribe((e) => seen.push(`b:${e.id}`));
    bus.publish(event);
    expect(seen).toEqual(['a:i1', 'b:i1']);
  });

  it('stops delivering after unsubscribe', () => {
    const bus = new InMemoryChangeBus(recordingLogger());
    const seen: ChangeEvent[] = [];
    const unsubscribe = bus.subscribe((e) => seen.push(e));
    unsubscribe();
    bus.publish(event);
    expect(seen).toEqual([]);
  });

  it('isolates a failing listener: others still get the event, the publisher does not throw, the failure is logged', () => {
    const logs = recordingLogger();
    const bus = new InMemoryChangeBus(logs);
    const seen: ChangeEvent[] = [];
    bus.subscribe(() => {
      throw new Error('listener bug');
    });
    bus.subscribe((e) => seen.push(e));
    expect(() => bus.publish(event)).not.toThrow();
    expect(seen).toEqual([event]);
    expect(logs.records).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('item created') }));
  });

  it('lets a listener unsubscribe itself while an event is being delivered', () => {
    const bus = new InMemoryChangeBus(recordingLogger());
    const seen: string[] = [];
    const unsubscribe = bus.subscribe(() => {
      seen.push('once');
      unsubscribe();
    });
    bus.subscribe(() => seen.push('always'));
    bus.publish(event);
    bus.publish(event);
    expect(seen).toEqual(['once', 'always', 'always']);
  });
});

describe('InMemoryChangeBus missed-changes notices', () => {
  it('tells every missed-changes listener, isolating a failing one, until it unsubscribes', () => {
    const logs = recordingLogger();
    const bus = new InMemoryChangeBus(logs);
    const told: string[] = [];
    bus.onMissedChanges(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = bus.onMissedChanges(() => told.push('reload'));
    bus.announceMissedChanges();
    unsubscribe();
    bus.announceMissedChanges();
    expect(told).toEqual(['reload']);
    expect(logs.records).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('missed-changes') }));
  });
});
