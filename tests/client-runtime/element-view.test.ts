import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, shallowRef, type Component } from 'vue';
import type { ElementId, ElementSpec } from '../../framework/protocol/messages.js';
import { ElementView, viewContextKey, type ViewContext } from '../../client-runtime/element-view.js';
import { Store } from '../../client-runtime/store.js';
import { FakeClock } from './fake-clock.js';
import { find, findAll, mountToy, textOf, type ToyNode } from './toy-renderer.js';

/** Fake components with the shapes that matter: named slots, a scoped slot, a value. */
const FakeCard = defineComponent({
  props: { flat: Boolean },
  setup(props, { slots }) {
    return () => h('card', { flat: props.flat }, [h('header', slots.header?.()), h('body', slots.default?.())]);
  },
});

const FakeTable = defineComponent({
  props: { rows: { type: Array as () => { id: number; name: string }[], default: () => [] } },
  setup(props, { slots }) {
    return () => h('table', props.rows.map((row) => h('tr', slots['body-cell']?.({ key: row.id, row }) ?? [])));
  },
});

const FakeInput = defineComponent({
  props: { modelValue: { type: String, default: '' }, label: String },
  emits: ['update:modelValue'],
  setup(props) {
    return () => h('input', { value: props.modelValue, label: props.label });
  },
});

const FakeCell = defineComponent({
  props: { props: { type: Object, default: undefined } },
  setup(props, { slots }) {
    return () => h('td', { row: (props.props as { row?: { name: string } } | undefined)?.row?.name }, slots.default?.());
  },
});

/** Like QTabPanels and QStepper: finds its panels by the props on its slot's vnodes. */
const FakePanels = defineComponent({
  props: { modelValue: { type: String, default: '' } },
  setup(props, { slots }) {
    return () => {
      const panels = slots.default?.() ?? [];
      const titles = panels.map((vnode) => vnode.props?.title as string).join(',');
      return h('panels', { titles }, panels.filter((vnode) => vnode.props?.name === props.modelValue));
    };
  },
});

const components: Record<string, Component> = {
  'q-card': FakeCard,
  'q-table': FakeTable,
  'q-input': FakeInput,
  'q-td': FakeCell,
  'q-stepper': FakePanels,
};

function setup(elements: ElementSpec[], resolve?: (tag: string) => Component | string | undefined) {
  const store = new Store({ root: elements[0]!.id, seq: 0, elements });
  const renders = new Map<ElementId, number>();
  const events: unknown[][] = [];
  const values: unknown[][] = [];
  const instances = new Map<ElementId, unknown>();
  const context: ViewContext = {
    get: (id) => {
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return store.get(id);
    },
    resolve: resolve ?? ((tag) => components[tag] ?? tag),
    sendEvent: (id, name, args) => void events.push([id, name, args]),
    changeValue: (id, value) => void values.push([id, value, store.editValue(id, value)]),
    instances,
    clock: new FakeClock(),
  };
  const root = mountToy({ render: () => h(ElementView, { key: store.tree.root, id: store.tree.root }) }, (app) =>
    app.provide(viewContextKey, context),
  );
  return { store, root, renders, events, values, instances };
}

describe('ElementView', () => {
  it('renders HTML tags with text first, then children, classes and style', () => {
    const { root } = setup([
      { id: 0, tag: 'div', t: 'Hello ', c: ['row', 'q-pa-md'], s: { color: 'red' }, ch: { default: [1] } },
      { id: 1, tag: 'span', t: 'world', p: { title: 'greeting' } },
    ]);
    const div = find(root, 'div');
    expect(textOf(div)).toBe('Hello world');
    expect(div.props.class).toBe('row q-pa-md');
    expect(div.props.style).toEqual({ color: 'red' });
    expect(find(root, 'span').props.title).toBe('greeting');
  });

  it('hides with display:none and drops props Vue would treat as listeners or keys', () => {
    const { root } = setup([{ id: 0, tag: 'div', h: 1, s: { color: 'red' }, p: { onClick: 'alert(1)', key: 'x', innerHTML: '<b>ok</b>' } }]);
    const div = find(root, 'div');
    expect(div.props.style).toEqual({ color: 'red', display: 'none' });
    expect(div.props.onClick).toBeUndefined();
    expect(div.props.innerHTML).toBe('<b>ok</b>');
  });

  it('renders odd tags as div and passes named slots to components', () => {
    const { root } = setup([
      { id: 0, tag: 'q-card', p: { flat: true }, t: 'text ', ch: { default: [1], header: [2] } },
      { id: 1, tag: 'script', t: 'body' },
      { id: 2, tag: 'b', t: 'title' },
    ]);
    expect(find(root, 'card').props.flat).toBe(true);
    expect(textOf(find(root, 'header'))).toBe('title');
    expect(textOf(find(root, 'body'))).toBe('text body');
    expect(findAll(root, 'script')).toHaveLength(0);
  });

  it('renders scoped-slot children only for the scope with their key, passing the scope', () => {
    const { root } = setup([
      { id: 0, tag: 'q-table', p: { rows: [{ id: 1, name: 'Ann' }, { id: 2, name: 'Bob' }] }, ss: ['body-cell'], ch: { 'body-cell': [10, 11] } },
      { id: 10, tag: 'q-td', k: '1', sp: 'props', ch: { default: [12] } },
      { id: 11, tag: 'q-td', k: '2', sp: 'props' },
      { id: 12, tag: 'span', t: 'edit' },
    ]);
    const cells = findAll(root, 'td');
    expect(cells.map((td) => td.props.row)).toEqual(['Ann', 'Bob']);
    expect(textOf(cells[0]!)).toBe('edit');
    expect(textOf(cells[1]!)).toBe('');
  });

  it('re-renders only the element a patch names', async () => {
    const { store, root, renders } = setup([
      { id: 0, tag: 'div', ch: { default: [1, 2] } },
      { id: 1, tag: 'span', t: 'one' },
      { id: 2, tag: 'span', t: 'two' },
    ]);
    renders.clear();
    store.applyDown(['f', 1, [['u', 2, { t: 'TWO' }]]]);
    await nextTick();
    expect(Object.fromEntries(renders)).toEqual({ 2: 1 });
    expect(textOf(root)).toBe('oneTWO');
  });

  it('renders a placeholder until a component loads, then the component', async () => {
    const loaded = shallowRef<Component>();
    const { root } = setup([{ id: 0, tag: 'q-card', t: 'late' }], (tag) => (tag === 'q-card' ? loaded.value : tag));
    expect(findAll(root, 'card')).toHaveLength(0);
    expect(findAll(root, '#comment')).toHaveLength(1);
    loaded.value = FakeCard;
    await nextTick();
    expect(textOf(find(root, 'body'))).toBe('late');
  });

  it('sends events with filtered args and the full listener name', () => {
    const { root, events } = setup([{ id: 0, tag: 'button', on: { click: {}, 'keydown.enter': { a: ['key'] } } }]);
    const button = find(root, 'button');
    (button.props.onClick as (e: unknown) => void)({ clientX: 1 });
    const keydown = button.props.onKeydown as (e: unknown) => void;
    const enter = new Event('keydown');
    Object.defineProperty(enter, 'key', { value: 'Enter' });
    const other = new Event('keydown');
    Object.defineProperty(other, 'key', { value: 'a' });
    keydown(other);
    keydown(enter);
    expect(events).toEqual([
      [0, 'click', [{ clientX: 1 }]],
      [0, 'keydown.enter', [{ key: 'Enter' }]],
    ]);
  });

  it('sets the value locally at once and reports it with the edit counter', async () => {
    const { store, root, values, instances } = setup([
      { id: 0, tag: 'div', ch: { default: [1] } },
      { id: 1, tag: 'q-input', p: { label: 'Name' }, v: '' },
    ]);
    const input = instances.get(1) as { $emit(event: string, value: unknown): void };
    input.$emit('update:modelValue', 'a');
    input.$emit('update:modelValue', 'ab');
    expect(values).toEqual([
      [1, 'a', 1],
      [1, 'ab', 2],
    ]);
    expect(store.get(1)?.v).toBe('ab');
    store.applyDown(['f', 1, [['u', 1, { v: 'a', vn: 1 }]]]);
    await nextTick();
    expect(find(root, 'input').props.value).toBe('ab');
  });

  it('registers component instances and DOM nodes for method calls, and forgets them on removal', async () => {
    const { store, instances } = setup([
      { id: 0, tag: 'div', ch: { default: [1, 2] } },
      { id: 1, tag: 'q-card' },
      { id: 2, tag: 'span' },
    ]);
    expect((instances.get(2) as ToyNode).type).toBe('span');
    expect(instances.get(1)).toBeDefined();
    store.applyDown(['f', 1, [['u', 0, { ch: { default: [2] } }], ['r', 1]]]);
    await nextTick();
    expect(instances.has(1)).toBe(false);
  });

  it('shows panel parents (tab panels, carousel, stepper) the props of their panels: names and step titles', async () => {
    const { root, store } = setup([
      { id: 0, tag: 'q-stepper', v: 'b', ch: { default: [1, 2] } },
      { id: 1, tag: 'section', t: 'first', p: { name: 'a', title: 'A' } },
      { id: 2, tag: 'section', t: 'second', p: { name: 'b', title: 'B' } },
    ]);
    expect(find(root, 'panels').props.titles).toBe('A,B');
    expect(findAll(root, 'section').map(textOf)).toEqual(['second']);
    store.applyDown(['f', 1, [['u', 1, { p: { title: 'Address' } }]]]);
    await nextTick();
    expect(find(root, 'panels').props.titles).toBe('Address,B');
  });
});
