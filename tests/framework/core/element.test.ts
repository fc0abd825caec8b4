import { describe, expect, it } from 'vitest';
import { Element } from '../../../framework/core/element.js';
import { handleUpMessage } from '../../../framework/core/events.js';
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

// The element keeps a compact layout (lazily allocated extras, bit flags, bare lists, shared
// listener specs); these pin down that it still behaves like the plain one.
describe('Element state', () => {
  const texts = (el: Element) => el.children().map((c) => c.text);

  it('keeps child order through inserts and removals, in short and long lists', () => {
    const { client } = recordingClient();
    client.build(() => {
      for (const n of [3, 40]) {
        const card = ui.card(() => Array.from({ length: n }, (_, i) => ui.label(String(i))));
        const extra = ui.label('x');
        extra.move(card, 'default', 1);
        const expected = Array.from({ length: n }, (_, i) => String(i));
        expected.splice(1, 0, 'x');
        expect(texts(card)).toEqual(expected);
        card.children()[2]!.delete();
        expected.splice(2, 1);
        expect(texts(card)).toEqual(expected);
        extra.move(card);
        expect(texts(card)).toEqual([...expected.filter((t) => t !== 'x'), 'x']);
      }
    });
  });

  it('sends slots in the order they were first used; an emptied named slot goes, the default one stays', () => {
    const { client } = recordingClient();
    client.build(() => {
      const a = ui.card();
      const icon = new Element('q-icon', { parent: a, slot: 'append' });
      const label = new Element('div', { parent: a });
      expect(Object.keys(a.toSpec().ch!)).toEqual(['append', 'default']);
      expect(icon.slot).toBe('append');
      expect(label.slot).toBe('default');
      icon.delete();
      expect(a.toSpec().ch).toEqual({ default: [label.id] });
      expect(a.slotNames()).toEqual(['default']);
      label.delete();
      expect(a.toSpec().ch).toEqual({ default: [] });

      const b = ui.card(() => ui.label('first'));
      const other = new Element('q-icon', { parent: b, slot: 'append' });
      expect(Object.keys(b.toSpec().ch!)).toEqual(['default', 'append']);
      other.move(b);
      expect(other.slot).toBe('default');
      expect(b.toSpec().ch).toEqual({ default: [b.children()[0]!.id, other.id] });
    });
  });

  it('answers names of Object.prototype members only for what was set, and refuses __proto__ as a name', () => {
    const { client } = recordingClient();
    client.build(() => {
      const card = ui.card();
      new Element('q-icon', { parent: card, slot: 'append' });
      expect(card.children('constructor')).toEqual([]);
      expect(card.getProp('toString')).toBeUndefined();
      card.props({ toString: 'mine' });
      expect(card.getProp('toString')).toBe('mine');
      expect(() => card.setProp('__proto__', { polluted: true })).toThrow(/__proto__/);
      expect(() => new Element('div', { parent: card, slot: '__proto__' })).toThrow(/__proto__/);
      expect(() => ui.label('x').move(card, '__proto__')).toThrow(/__proto__/);
      expect(() => card.on('__proto__', () => {})).toThrow(/__proto__/);
      expect(card.slotNames()).toEqual(['append']);
      expect(card.toSpec().p).toEqual({ toString: 'mine' });
    });
  });

  it('sends listeners with and without options, and runs every handler of an event', async () => {
    const { client, frames } = recordingClient();
    const calls: string[] = [];
    const first = () => calls.push('first');
    const second = () => calls.push('second');
    const button = client.build(() => ui.button('b').on('click', first).on('click', second));
    const input = client.build(() => ui.input().on('keydown', () => {}, { args: ['key'], throttle: 100 }));
    expect(button.toSpec().on).toEqual({ click: {} });
    expect(input.toSpec().on).toEqual({ keydown: { a: ['key'], t: 100 } });
    handleUpMessage(client, ['e', button.id, 'click', []]);
    expect(calls).toEqual(['first', 'second']);
    await nextTurn();
    button.off('click', first);
    handleUpMessage(client, ['e', button.id, 'click', []]);
    expect(calls).toEqual(['first', 'second', 'second']);
    button.off('click', second);
    await nextTurn();
    expect(frames.at(-1)!.ops).toEqual([['u', button.id, { on: {} }]]);
    expect(button.handlersFor('click')).toEqual([]);
  });

  it('keeps a single handler until that very handler is removed', () => {
    const { client } = recordingClient();
    const handler = () => {};
    const button = client.build(() => ui.button('b').on('click', handler));
    button.off('click', () => {});
    expect(button.handlersFor('click')).toEqual([handler]);
    button.off('click');
    expect(button.handlersFor('click')).toEqual([]);
  });

  it('keeps markers, visibility, scope keys and the tab edit counter', async () => {
    const { client, frames } = recordingClient();
    const input = client.build(() => ui.input({ value: 'a' }));
    input.mark('one two').mark('three');
    expect(input.markers).toEqual(['one', 'two', 'three']);
    input.visible = false;
    expect(input.toSpec().h).toBe(1);
    input.visible = true;
    expect(input.toSpec().h).toBeUndefined();
    input.scopeKey('row-1', 'props');
    expect(input.toSpec()).toMatchObject({ k: 'row-1', sp: 'props' });
    handleUpMessage(client, ['v', input.id, 'typed', 7]);
    await nextTurn();
    input.value = 'server';
    await nextTurn();
    expect(frames.at(-1)!.ops).toEqual([['u', input.id, { v: 'server', vn: 7 }]]);
  });

  it('runs its disposers once, when deleted', () => {
    const { client } = recordingClient();
    let disposed = 0;
    const card = client.build(() => ui.card(() => ui.label('x').onDispose(() => disposed++)));
    card.delete();
    card.delete();
    expect(disposed).toBe(1);
    expect(card.deleted).toBe(true);
    expect(card.children()[0]!.deleted).toBe(true);
  });

  it('discards what an async builder adds after its container was deleted, releasing it at once', async () => {
    const { client, frames } = recordingClient();
    const card = client.build(() => ui.card());
    await nextTurn();
    card.delete();
    await nextTurn();
    const sent = frames.length;
    let disposed = 0;
    let ticks = 0;
    const late = card.within(() => ui.label('late').onDispose(() => disposed++));
    late.within(() => ui.timer(5, () => ticks++));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(late.deleted).toBe(true);
    expect(disposed).toBe(1);
    expect(ticks).toBe(0);
    expect(client.elements.get(late.id)).toBeUndefined();
    expect(frames.length).toBe(sent);
  });
});

describe('raw HTML', () => {
  it('is refused on elements that do not sanitize it', () => {
    const { client } = recordingClient();
    const label = client.build(() => ui.label('x'));
    expect(() => label.props({ innerHTML: '<img src=x onerror=alert(1)>' })).toThrow(/only for ui.html and ui.markdown/);
    expect(label.getProp('innerHTML')).toBeUndefined();
  });

  it('is sanitized on ui.html even when set through props', () => {
    const { client } = recordingClient();
    const html = client.build(() => ui.html('<b>ok</b>'));
    html.props({ innerHTML: '<img src=x onerror=alert(1)>' });
    expect(html.getProp('innerHTML')).toBe('<img src="x" />');
  });
});
