import { describe, expect, it } from 'vitest';
import { handleUpMessage } from '../../../framework/core/events.js';
import { ui } from '../../../framework/index.js';
import { nextTurn, recordingClient } from '../../support/client.js';

describe('event dispatch', () => {
  it('runs the handler of a visible, enabled element with that listener', () => {
    const { client } = recordingClient();
    const clicks: unknown[][] = [];
    const button = client.build(() => ui.button('b', (e) => clicks.push(e.args)));
    handleUpMessage(client, ['e', button.id, 'click', [{ x: 1 }]]);
    expect(clicks).toEqual([[{ x: 1 }]]);
  });

  it.each([
    ['a missing element', (id: number) => ['e', id + 1000, 'click', []]],
    ['an event nobody listens to', (id: number) => ['e', id, 'dblclick', []]],
  ] as const)('drops and counts %s', (_, forge) => {
    const { client } = recordingClient();
    let clicks = 0;
    const button = client.build(() => ui.button('b', () => clicks++));
    handleUpMessage(client, forge(button.id) as never);
    expect(clicks).toBe(0);
    expect(client.dropped).toBe(1);
  });

  it.each(['__lookupGetter__', 'propertyIsEnumerable', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'drops and counts an event named %s (a member of every object), running and logging nothing',
    async (name) => {
      const { client, logger } = recordingClient();
      let clicks = 0;
      const button = client.build(() => ui.button('b', () => clicks++));
      handleUpMessage(client, ['e', button.id, name, []]);
      await nextTurn();
      expect(client.dropped).toBe(1);
      expect(logger.lines).toEqual([]);
      handleUpMessage(client, ['e', button.id, 'click', []]);
      expect(clicks).toBe(1);
    },
  );

  it('drops events of hidden or disabled elements', () => {
    const { client } = recordingClient();
    let clicks = 0;
    const button = client.build(() => ui.button('b', () => clicks++));
    button.enabled = false;
    handleUpMessage(client, ['e', button.id, 'click', []]);
    button.enabled = true;
    button.visible = false;
    handleUpMessage(client, ['e', button.id, 'click', []]);
    expect(clicks).toBe(0);
    expect(client.dropped).toBe(2);
  });

  it('drops values for elements without a value', () => {
    const { client } = recordingClient();
    const label = client.build(() => ui.label('x'));
    handleUpMessage(client, ['v', label.id, 'forged', 1]);
    expect(client.dropped).toBe(1);
  });

  it('catches a throwing handler, logs it with the page and element, and notifies in dev', async () => {
    const { client, frames, logger } = recordingClient();
    const button = client.build(() =>
      ui.button('b', () => {
        throw new Error('boom');
      }),
    );
    handleUpMessage(client, ['e', button.id, 'click', []]);
    await nextTurn();
    expect(logger.lines.join('\n')).toMatch(/click handler of <q-btn> #\d+ on page \/test: Error: boom/);
    expect(frames.at(-1)!.ops).toContainEqual(['c', 'notify', expect.objectContaining({ message: 'Error: boom', type: 'negative' })]);
  });

  it('catches a rejected async handler too, and keeps serving events', async () => {
    const { client, logger } = recordingClient({ dev: false });
    let after = 0;
    const bad = client.build(() => ui.button('bad', async () => Promise.reject(new Error('later'))));
    const good = client.build(() => ui.button('good', () => after++));
    handleUpMessage(client, ['e', bad.id, 'click', []]);
    await nextTurn();
    handleUpMessage(client, ['e', good.id, 'click', []]);
    expect(logger.lines.join('\n')).toMatch(/later/);
    expect(after).toBe(1);
  });

  it('runs handlers in the scope of the element, so new elements land beside it', () => {
    const { client } = recordingClient();
    let card!: ReturnType<typeof ui.card>;
    let button!: ReturnType<typeof ui.button>;
    client.build(() => (card = ui.card(() => (button = ui.button('add', () => ui.label('new'))))));
    handleUpMessage(client, ['e', button.id, 'click', []]);
    expect(card.children().map((c) => c.tag)).toEqual(['q-btn', 'div']);
  });
});
