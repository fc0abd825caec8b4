import { Element, type ElementEvent } from '../core/element.js';
import { optionProps } from './mixins/builder.js';

export type TreeNode = Record<string, unknown>;
export type TreeKey = string | number;

/** A change of the selection, the expanded nodes or the ticked nodes. */
export interface TreeChangeEvent<V> {
  readonly sender: Tree;
  readonly value: V;
  /** True when the user changed it in the tab; false when server code did. */
  readonly fromUser: boolean;
}

export type TreeHandler<V> = (event: TreeChangeEvent<V>) => unknown;

export interface TreeOptions {
  /** The property that identifies a node (default `id`). */
  nodeKey?: string;
  labelKey?: string;
  childrenKey?: string;
  /** Nodes can be selected (one at a time); also on when `onSelect` is given. */
  selectable?: boolean;
  selected?: TreeKey | null;
  expanded?: readonly TreeKey[];
  /** Checkboxes next to the nodes, and how ticking a parent affects its children. */
  tickStrategy?: 'leaf' | 'leaf-filtered' | 'strict';
  ticked?: readonly TreeKey[];
  /** Only one sibling open at a time. */
  accordion?: boolean;
  noConnectors?: boolean;
  dense?: boolean;
  color?: string;
  onSelect?: TreeHandler<TreeKey | null>;
  onExpand?: TreeHandler<TreeKey[]>;
  onTick?: TreeHandler<TreeKey[]>;
}

type Part = 'selected' | 'expanded' | 'ticked';

/**
 * A tree of nodes (QTree). The selected, expanded and ticked nodes live on the server and follow
 * the tab through `update:*` events; keys that are not nodes of the tree are rejected, and the
 * tab shows what the server holds.
 */
export class Tree extends Element {
  readonly nodeKey: string;
  readonly childrenKey: string;
  private _nodes: TreeNode[] = [];
  private keys = new Set<TreeKey>();
  private handlers: Partial<Record<Part, TreeHandler<never>[]>> = {};

  constructor(nodes: readonly TreeNode[], options: TreeOptions = {}) {
    super('q-tree');
    this.nodeKey = options.nodeKey ?? 'id';
    this.childrenKey = options.childrenKey ?? 'children';
    this.props({ nodeKey: this.nodeKey, labelKey: options.labelKey ?? 'label', childrenKey: this.childrenKey, ...optionProps(options, ['accordion', 'noConnectors', 'dense', 'color', 'tickStrategy']) });
    this.nodes = nodes;
    this.setProp('expanded', this.known(options.expanded ?? []));
    this.on('update:expanded', (e) => this.receive('expanded', e));
    if (options.selectable || options.onSelect || options.selected !== undefined) this.selected = options.selected ?? null;
    if (options.tickStrategy) {
      this.setProp('ticked', this.known(options.ticked ?? []));
      this.on('update:ticked', (e) => this.receive('ticked', e));
    }
    if (options.onSelect) this.onSelect(options.onSelect);
    if (options.onExpand) this.onExpand(options.onExpand);
    if (options.onTick) this.onTick(options.onTick);
  }

  get nodes(): readonly TreeNode[] {
    return this._nodes;
  }

  /** Replaces the nodes; selected, expanded and ticked keys that are gone are dropped. */
  set nodes(nodes: readonly TreeNode[]) {
    this._nodes = [...nodes];
    this.keys = new Set();
    const visit = (list: unknown): void => {
      if (!Array.isArray(list)) return;
      for (const node of list as TreeNode[]) {
        const key = node[this.nodeKey];
        if (typeof key === 'string' || typeof key === 'number') this.keys.add(key);
        visit(node[this.childrenKey]);
      }
    };
    visit(this._nodes);
    this.setProp('nodes', this._nodes);
    for (const part of ['expanded', 'ticked'] as const) {
      const keys = this.getProp(part) as TreeKey[] | undefined;
      if (keys && keys.some((k) => !this.keys.has(k))) this.update(part, this.known(keys), false);
    }
    const selected = this.getProp('selected') as TreeKey | null | undefined;
    if (selected !== undefined && selected !== null && !this.keys.has(selected)) this.update('selected', null, false);
  }

  /** The node with this key, or undefined. */
  node(key: TreeKey): TreeNode | undefined {
    let found: TreeNode | undefined;
    const visit = (list: unknown): void => {
      if (!Array.isArray(list) || found) return;
      for (const node of list as TreeNode[]) {
        if (node[this.nodeKey] === key) found = node;
        else visit(node[this.childrenKey]);
      }
    };
    visit(this._nodes);
    return found;
  }

  get selected(): TreeKey | null {
    return (this.getProp('selected') as TreeKey | null | undefined) ?? null;
  }

  /** Selects a node (null: none); this makes the tree selectable. */
  set selected(key: TreeKey | null) {
    if (this.getProp('selected') === undefined) {
      this.setProp('selected', null);
      this.on('update:selected', (e) => this.receive('selected', e));
    }
    this.update('selected', key !== null && this.keys.has(key) ? key : null, false);
  }

  get expanded(): readonly TreeKey[] {
    return (this.getProp('expanded') as TreeKey[] | undefined) ?? [];
  }

  set expanded(keys: readonly TreeKey[]) {
    this.update('expanded', this.known(keys), false);
  }

  get ticked(): readonly TreeKey[] {
    return (this.getProp('ticked') as TreeKey[] | undefined) ?? [];
  }

  set ticked(keys: readonly TreeKey[]) {
    this.update('ticked', this.known(keys), false);
  }

  /** Expands these nodes (default: all). */
  expand(keys: readonly TreeKey[] = [...this.keys]): this {
    this.expanded = [...new Set([...this.expanded, ...keys])];
    return this;
  }

  /** Collapses these nodes (default: all). */
  collapse(keys?: readonly TreeKey[]): this {
    const gone = new Set(keys ?? this.keys);
    this.expanded = this.expanded.filter((k) => !gone.has(k));
    return this;
  }

  onSelect(handler: TreeHandler<TreeKey | null>): this {
    return this.addHandler('selected', handler);
  }

  onExpand(handler: TreeHandler<TreeKey[]>): this {
    return this.addHandler('expanded', handler);
  }

  onTick(handler: TreeHandler<TreeKey[]>): this {
    return this.addHandler('ticked', handler);
  }

  private addHandler(part: Part, handler: TreeHandler<never>): this {
    (this.handlers[part] ??= []).push(handler);
    return this;
  }

  /** Keeps only keys of this tree's nodes, each once. */
  private known(keys: readonly TreeKey[]): TreeKey[] {
    return [...new Set(keys)].filter((k) => this.keys.has(k));
  }

  private receive(part: Part, event: ElementEvent): void {
    const value = event.args[0];
    const valid =
      part === 'selected'
        ? value === null || ((typeof value === 'string' || typeof value === 'number') && this.keys.has(value))
        : Array.isArray(value) && value.length <= this.keys.size && value.every((k) => this.keys.has(k as TreeKey));
    if (valid) this.update(part, part === 'selected' ? value : [...new Set(value as TreeKey[])], true);
  }

  private update(part: Part, value: unknown, fromUser: boolean): void {
    const before = JSON.stringify(this.getProp(part) ?? null);
    // Always sent: the tab's QTree waits for the prop after it emits `update:*`.
    this.setProp(part, value);
    if (JSON.stringify(value) === before) return;
    for (const handler of this.handlers[part] ?? [])
      this.client.runSafely(() => (handler as TreeHandler<unknown>)({ sender: this, value, fromUser }), { element: this, where: `tree ${part} handler` });
  }
}

/** `ui.tree([{ id: 'a', label: 'A', children: [{ id: 'b', label: 'B' }] }], { onSelect: e => ... })` */
export function tree(nodes: readonly TreeNode[], options: TreeOptions = {}): Tree {
  return new Tree(nodes, options);
}
