import { describe, expect, it } from 'vitest';
import { ui } from '../../../framework/index.js';
import { nextTurn, recordingClient } from '../../support/client.js';

describe('Element', () => {
  it('parses props, classes and style shorthands', () => {
    const { client } = recordingClient();
    const el = client.build(() => ui.label('x'));
    el.props('outline color=red label="Two words"').classes('a b').classes('c', { remove: 'a' }).style('color: red; font-size: 2px');
    expect(el.getProp('outline')).toBe(true);
    expect(el.getProp('color')).toBe('red');
    expect(el.getProp('label')).toBe('Two words');
    expect(el.getClasses()).toEqual(['b', 'c']);
    expect(el.getStyle()).toEqual({ color: 'red', 'font-size': '2px' });
  });

  it('sends removed props as removals', async () => {
    const { client, frames } = recordingClient();
    const el = client.build(() => ui.button('x', { flat: true }));
    await nextTurn();
    el.props(undefined, 'flat');
    await nextTurn();
    expect(frames.at(-1)!.ops).toEqual([['u', el.id, { pd: ['flat'] }]]);
  });

  it('nests by callback and by explicit parent', () => {
    const { client } = recordingClient();
    client.build(() => {
      const outer = ui.card(() => {
        ui.label('one');
        ui.card(() => ui.label('two'));
      });
      expect(outer.children().map((c) => c.tag)).toEqual(['div', 'q-card']);
      const other = ui.card();
      ui.label('moved').move(other);
      expect(other.children()).toHaveLength(1);
    });
  });

  it('refuses to move an element into its own subtree', () => {
    const { client } = recordingClient();
    client.build(() => {
      let inner!: ReturnType<typeof ui.card>;
      const outer = ui.card(() => (inner = ui.card()));
      expect(() => outer.move(inner)).toThrow(/into itself/);
    });
  });

  it('explains what to do when ui is called outside a page', () => {
    expect(() => ui.label('lost')).toThrow(/outside a page/);
  });

  it('is interactive only when it and its ancestors are visible and enabled', () => {
    const { client } = recordingClient();
    client.build(() => {
      let button!: ReturnType<typeof ui.button>;
      const card = ui.card(() => (button = ui.button('b')));
      expect(button.interactive).toBe(true);
      card.visible = false;
      expect(button.interactive).toBe(false);
      card.visible = true;
      button.enabled = false;
      expect(button.interactive).toBe(false);
    });
  });
});
