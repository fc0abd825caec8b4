import { describe, expect, it } from 'vitest';
import { Element } from '../../../framework/core/element.js';
import { ui } from '../../../framework/index.js';
import { nextTurn, recordingClient } from '../../support/client.js';

describe('Client frames', () => {
  it('sends everything changed in one turn as one frame, right after the turn', async () => {
    const { client, frames } = recordingClient();
    const label = client.build(() => ui.label('a'));
    await nextTurn();
    frames.length = 0;
    label.text = 'b';
    label.classes('big');
    label.text = 'c';
    expect(frames).toHaveLength(0);
    await nextTurn();
    expect(frames).toHaveLength(1);
    expect(frames[0]!.ops).toEqual([['u', label.id, { c: ['big'], t: 'c' }]]);
  });

  it('sends a label text change in under 40 bytes', async () => {
    const { client, frames } = recordingClient();
    const label = client.build(() => ui.label('0'));
    await nextTurn();
    label.text = '1';
    await nextTurn();
    expect(frames.at(-1)!.bytes).toBeLessThanOrEqual(40);
  });

  it('sends nothing when a value is set to what it already is', async () => {
    const { client, frames } = recordingClient();
    const label = client.build(() => ui.label('same'));
    await nextTurn();
    const before = frames.length;
    label.text = 'same';
    label.props({ dense: undefined });
    await nextTurn();
    expect(frames.length).toBe(before);
  });

  it('sends a new element whole, once, with its children', async () => {
    const { client, frames } = recordingClient();
    await nextTurn();
    const card = client.build(() => ui.card(() => ui.label('inside')));
    await nextTurn();
    const ops = frames.at(-1)!.ops;
    const added = ops.filter((op) => op[0] === 'a').map((op) => (op[1] as { tag: string }).tag);
    expect(added).toEqual(['q-card', 'div']);
    expect(ops.filter((op) => op[0] === 'u').map((op) => op[1])).toEqual([client.content.id]);
    expect(card.children()[0]!.text).toBe('inside');
  });

  it('removes a subtree with one op and forgets its elements on the server', async () => {
    const { client, frames } = recordingClient();
    const card = client.build(() => ui.card(() => ui.label('x')));
    await nextTurn();
    const size = client.elements.size;
    card.delete();
    await nextTurn();
    expect(frames.at(-1)!.ops).toContainEqual(['r', card.id]);
    expect(frames.at(-1)!.ops.filter((op) => op[0] === 'r')).toHaveLength(1);
    expect(client.elements.size).toBe(size - 2);
  });

  it('sends nothing for elements created and deleted in the same turn', async () => {
    const { client, frames } = recordingClient();
    await nextTurn();
    const before = frames.length;
    const card = client.build(() => ui.card(() => ui.label('brief')));
    card.delete();
    await nextTurn();
    const ops = frames.slice(before).flatMap((f) => f.ops);
    expect(ops.some((op) => op[0] === 'a' || op[0] === 'r')).toBe(false);
  });

  it('costs the same for one change whatever the page size', async () => {
    const small = recordingClient();
    const big = recordingClient();
    const a = small.client.build(() => Array.from({ length: 10 }, () => ui.label('x'))[5]!);
    const b = big.client.build(() => Array.from({ length: 10_000 }, () => ui.label('x'))[5_000]!);
    await nextTurn();
    a.text = 'changed';
    b.text = 'changed';
    await nextTurn();
    const sizeOf = (ops: unknown) => JSON.stringify(ops).replace(/\d+/g, '0').length;
    expect(sizeOf(small.frames.at(-1)!.ops)).toBe(sizeOf(big.frames.at(-1)!.ops));
  });

  it('keeps frames in the replay ring until the tab acknowledges them', async () => {
    const { client } = recordingClient();
    const label = client.build(() => ui.label('0'));
    for (let i = 1; i <= 3; i++) {
      label.text = String(i);
      await nextTurn();
    }
    expect(client.ring.size).toBe(3);
    client.ring.ack(client.seq);
    expect(client.ring.size).toBe(0);
  });

  it('releases timers, listeners and elements when deleted', async () => {
    const { client } = recordingClient();
    let ticks = 0;
    client.build(() => ui.timer(1, () => ticks++));
    const deleted: string[] = [];
    client.onDelete(() => deleted.push('hook'));
    client.delete();
    const after = ticks;
    await new Promise((r) => setTimeout(r, 20));
    expect(ticks).toBe(after);
    expect(client.elements.size).toBe(0);
    expect(deleted).toEqual(['hook']);
  });

  it('refuses new elements on a deleted client', () => {
    const { client } = recordingClient();
    const layout = client.layout;
    client.delete();
    expect(() => new Element('div', { parent: layout })).toThrow(/deleted/);
  });
});
