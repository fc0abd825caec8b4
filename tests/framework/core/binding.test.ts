import { describe, expect, it } from 'vitest';
import { bindOneWay, bindTwoWay, isObservable, observable, subscriberCount, type BindingOwner } from '../../../framework/core/binding.js';
import { KiteError } from '../../../framework/core/errors.js';
import { ui } from '../../../framework/index.js';
import { nextTurn, recordingClient } from '../../support/client.js';

/** A binding owner without a client: runs steps directly, keeps its bindings and its errors. */
function owner(): BindingOwner & { errors: unknown[]; dispose(): void } {
  const bindings: { dispose(): void }[] = [];
  const errors: unknown[] = [];
  return {
    errors,
    holdBinding: (binding) => bindings.push(binding),
    runBinding(apply, value) {
      try {
        apply(value);
      } catch (error) {
        errors.push(error);
      }
    },
    dispose: () => bindings.splice(0).forEach((binding) => binding.dispose()),
  };
}

/** Records every value one-way bound from `model[key]`, starting with the current one. */
function follow<M extends object>(model: M, key: Extract<keyof M, string>) {
  const seen: unknown[] = [];
  const o = owner();
  bindOneWay(o, model, key, (value) => seen.push(value));
  return { seen, dispose: o.dispose };
}

describe('observable', () => {
  it('wraps an object once: wrapping it or its proxy again gives the same proxy', () => {
    const raw = { name: 'Ann' };
    const model = observable(raw);
    expect(observable(raw)).toBe(model);
    expect(observable(model)).toBe(model);
    expect(isObservable(model)).toBe(true);
    expect(isObservable(raw)).toBe(false);
    expect(model.name).toBe('Ann');
  });

  it('takes only plain objects', () => {
    expect(() => observable([1, 2])).toThrow(KiteError);
    expect(() => observable(new Map())).toThrow(KiteError);
    expect(() => observable(Object.create(null) as object)).not.toThrow();
  });

  it('tells the subscribers of exactly the property that changed, only on a real change', () => {
    const model = observable({ name: 'Ann', age: 30 });
    const name = follow(model, 'name');
    const age = follow(model, 'age');
    model.name = 'Bob';
    model.name = 'Bob';
    model.age = 30;
    expect(name.seen).toEqual(['Ann', 'Bob']);
    expect(age.seen).toEqual([30]);
  });

  it('treats NaN as equal to itself and a deletion as a change to undefined', () => {
    const model = observable<{ n: number; note?: string }>({ n: NaN, note: 'x' });
    const n = follow(model, 'n');
    const note = follow(model, 'note');
    model.n = NaN;
    delete model.note;
    delete model.note;
    expect(n.seen).toEqual([NaN]);
    expect(note.seen).toEqual(['x', undefined]);
  });

  it('makes nested plain objects observable, and a new nested object is a change of its parent key', () => {
    const model = observable({ address: { city: 'Oslo' }, tags: ['a'] });
    expect(isObservable(model.address)).toBe(true);
    expect(isObservable(model.tags)).toBe(false);
    const city = follow(model.address, 'city');
    const address = follow(model, 'address');
    model.address.city = 'Bergen';
    expect(city.seen).toEqual(['Oslo', 'Bergen']);
    expect(address.seen).toHaveLength(1);
    model.address = { city: 'Tromsø' };
    expect(address.seen).toHaveLength(2);
    expect(isObservable(address.seen[1])).toBe(true);
  });

  it('stores a model assigned into another as the plain object, so both names are the same model', () => {
    const inner = observable({ x: 1 });
    const model = observable<{ inner?: { x: number } }>({});
    model.inner = inner;
    expect(model.inner).toBe(inner);
    const x = follow(inner, 'x');
    model.inner!.x = 2;
    expect(x.seen).toEqual([1, 2]);
  });

  it('refuses to bind to a plain object, whose changes nobody would notice', () => {
    const raw = { name: 'Ann' };
    expect(() => follow(raw, 'name')).toThrow(/observable/);
    observable(raw);
    expect(() => follow(raw, 'name')).toThrow(/not the plain object/);
  });
});

describe('bindings', () => {
  it('keep a subscriber per bound property and release it with the owner', () => {
    const model = observable({ a: 1, b: 2 });
    const one = follow(model, 'a');
    const two = follow(model, 'a');
    follow(model, 'b').dispose();
    expect(subscriberCount(model, 'a')).toBe(2);
    expect(subscriberCount(model, 'b')).toBe(0);
    one.dispose();
    two.dispose();
    expect(subscriberCount(model)).toBe(0);
    model.a = 5;
    expect(one.seen).toEqual([1]);
  });

  it('two-way: a change never comes back to where it started, even through transforms that do not invert', () => {
    const left = observable({ n: 0 });
    const right = observable({ n: 0 });
    const o = owner();
    const writes: number[] = [];
    const set = (target: { n: number }) => (value: unknown) => {
      writes.push(value as number);
      target.n = (value as number) + 1;
    };
    bindTwoWay(o, left, 'n', right, 'n', set(left), set(right));
    expect(left.n).toBe(1); // starts from the other side: right.n + 1
    writes.length = 0;
    right.n = 10;
    expect(left.n).toBe(11);
    left.n = 20;
    expect(right.n).toBe(21);
    expect(writes).toEqual([10, 20]);
    expect(o.errors).toEqual([]);
  });

  it('stop a chain of bindings that never settles and report it, instead of looping forever', () => {
    const a = observable({ n: 0 });
    const b = observable({ n: 0 });
    const o = owner();
    bindOneWay(o, a, 'n', (v) => (b.n = (v as number) + 1));
    bindOneWay(o, b, 'n', (v) => (a.n = (v as number) + 1));
    expect(o.errors.some((e) => e instanceof KiteError && /keep changing each other/.test(e.message))).toBe(true);
  });

  it('reach every bound element of every client, one frame per client per turn, from outside any client', async () => {
    const model = observable({ status: 'idle' });
    const tabs = [recordingClient(), recordingClient()];
    for (const { client } of tabs) client.build(() => Array.from({ length: 3 }, () => ui.label().bindTextFrom(model, 'status')));
    await nextTurn();
    for (const tab of tabs) tab.frames.length = 0;
    model.status = 'busy'; // as a timer or a REST handler would, with no client in scope
    model.status = 'done';
    await nextTurn();
    for (const { frames, client } of tabs) {
      expect(frames).toHaveLength(1);
      expect(frames[0]!.ops).toHaveLength(3);
      expect([...client.elements.values()].filter((el) => el.text === 'done')).toHaveLength(3);
    }
    for (const { client } of tabs) client.delete();
  });

  it('are released when their element is deleted, and when its client is deleted', async () => {
    const model = observable({ name: 'Ann', shown: true });
    const kept = recordingClient();
    const gone = recordingClient();
    const card = kept.client.build(() => ui.card(() => ui.label().bindTextFrom(model, 'name')));
    const label = kept.client.build(() => ui.label().bindVisibilityFrom(model, 'shown'));
    gone.client.build(() => {
      ui.label().bindTextFrom(model, 'name');
      ui.input().bindValue(model, 'name');
    });
    expect(subscriberCount(model, 'name')).toBe(3);
    gone.client.delete(); // what the retention window's expiry does
    expect(subscriberCount(model, 'name')).toBe(1);
    card.delete();
    label.delete();
    expect(subscriberCount(model)).toBe(0);
    await nextTurn();
    const frames = kept.frames.length;
    model.name = 'Bob';
    await nextTurn();
    expect(kept.frames).toHaveLength(frames);
    kept.client.delete();
  });

  it('between elements are released from both ends', () => {
    const { client } = recordingClient();
    const { input, label } = client.build(() => ({ input: ui.input(), label: ui.label() }));
    label.bindTextFrom(input, 'value');
    expect(subscriberCount(input, 'value')).toBe(1);
    input.delete();
    expect(subscriberCount(input)).toBe(0);
    const other = client.build(() => ui.input());
    client.build(() => ui.label()).bindTextFrom(other, 'value').delete();
    expect(subscriberCount(other)).toBe(0);
    client.delete();
  });

  it('made by a builder that finished after its container was deleted hold nothing', () => {
    const { client } = recordingClient();
    const model = observable({ name: 'Ann' });
    const card = client.build(() => ui.card());
    card.delete();
    card.within(() => ui.label().bindTextFrom(model, 'name'));
    expect(subscriberCount(model)).toBe(0);
    client.delete();
  });

  it('refuse to join elements of two clients, which would keep a deleted client alive', () => {
    const a = recordingClient().client;
    const b = recordingClient().client;
    const input = a.build(() => ui.input());
    const label = b.build(() => ui.label());
    expect(() => label.bindTextFrom(input, 'value')).toThrow(/different clients/);
    a.delete();
    b.delete();
  });
});
