import { describe, expect, it } from 'vitest';
import { ui } from '../../../framework/index.js';
import { nextTurn, recordingClient } from '../../support/client.js';

/** Two clients of the same page, built and rendered as the first HTML does. */
function twoTabs(build: () => void) {
  return [recordingClient(), recordingClient()].map((tab) => {
    tab.client.build(build);
    tab.client.takeSnapshot();
    return tab;
  });
}

const inputOf = (tab: ReturnType<typeof recordingClient>) => [...tab.client.elements.values()].find((e) => e.tag === 'q-input')!;

describe('props shared between clients', () => {
  it('gives the same element of every client one props record once the page is built', () => {
    const [a, b] = twoTabs(() => ui.input({ label: 'Name', outlined: true, dense: true }));
    expect(inputOf(a!).toSpec().p).toEqual({ label: 'Name', outlined: true, dense: true });
    expect(inputOf(a!).toSpec().p).toBe(inputOf(b!).toSpec().p);
  });

  it('changes one client’s prop without touching the other client, and sends the change', async () => {
    const [a, b] = twoTabs(() => ui.input({ label: 'Name', outlined: true }));
    inputOf(a!).props({ label: 'Full name' }, 'outlined');
    await nextTurn();
    expect(inputOf(a!).toSpec().p).toEqual({ label: 'Full name' });
    expect(inputOf(b!).toSpec().p).toEqual({ label: 'Name', outlined: true });
    expect(a!.frames.at(-1)!.ops).toEqual([['u', inputOf(a!).id, { p: { label: 'Full name' }, pd: ['outlined'] }]]);
    expect(b!.frames).toEqual([]);
  });

  it('keeps values JSON cannot tell apart (NaN and null, -0 and 0) as they were', () => {
    const [a, b] = twoTabs(() => {
      ui.label('x').props({ step: NaN, min: -0 });
      ui.label('y').props({ step: null, min: 0 });
    });
    const labels = (tab: typeof a) => [...tab!.client.elements.values()].filter((e) => e.tag === 'div');
    for (const tab of [a, b]) {
      const [x, y] = labels(tab);
      expect(x!.getProp('step')).toBeNaN();
      expect(Object.is(x!.getProp('min'), -0)).toBe(true);
      expect(y!.getProp('step')).toBeNull();
      expect(Object.is(y!.getProp('min'), 0)).toBe(true);
    }
  });

  it('leaves props holding objects to their element', () => {
    const options = { nested: { a: 1 } };
    const [a, b] = twoTabs(() => ui.label('x').props(options));
    const label = (tab: typeof a) => [...tab!.client.elements.values()].find((e) => e.text === 'x')!;
    expect(label(a).toSpec().p).not.toBe(label(b).toSpec().p);
  });
});
