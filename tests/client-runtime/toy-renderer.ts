import { createRenderer, type Component } from 'vue';

/** A minimal Vue host tree, so element views can be mounted and patched in Node without a DOM. */
export interface ToyNode {
  type: string;
  props: Record<string, unknown>;
  children: ToyNode[];
  text?: string;
  parent?: ToyNode;
}

const node = (type: string, text?: string): ToyNode => ({ type, props: {}, children: [], text });

function detach(child: ToyNode): void {
  const parent = child.parent;
  if (!parent) return;
  parent.children.splice(parent.children.indexOf(child), 1);
  child.parent = undefined;
}

const { createApp } = createRenderer<ToyNode, ToyNode>({
  createElement: (type) => node(type),
  createText: (text) => node('#text', text),
  createComment: (text) => node('#comment', text),
  setText: (n, text) => void (n.text = text),
  setElementText: (el, text) => {
    for (const child of el.children) child.parent = undefined;
    el.children = text ? [{ ...node('#text', text), parent: el }] : [];
  },
  insert: (child, parent, anchor) => {
    detach(child);
    const at = anchor ? parent.children.indexOf(anchor) : -1;
    if (at >= 0) parent.children.splice(at, 0, child);
    else parent.children.push(child);
    child.parent = parent;
  },
  remove: detach,
  parentNode: (n) => n.parent ?? null,
  nextSibling: (n) => {
    const siblings = n.parent?.children ?? [];
    return siblings[siblings.indexOf(n) + 1] ?? null;
  },
  patchProp: (el, key, _prev, next) => {
    if (next === undefined || next === null) delete el.props[key];
    else el.props[key] = next;
  },
});

export function mountToy(root: Component, provide: (app: ReturnType<typeof createApp>) => void): ToyNode {
  const container = node('root');
  const app = createApp(root);
  provide(app);
  app.mount(container);
  return container;
}

/** The visible text of a subtree. */
export function textOf(n: ToyNode): string {
  if (n.type === '#text') return n.text ?? '';
  if (n.type === '#comment') return '';
  return n.children.map(textOf).join('');
}

/** Every element node of a subtree with this type (tag), in document order. */
export function findAll(n: ToyNode, type: string): ToyNode[] {
  const found = n.type === type ? [n] : [];
  for (const child of n.children) found.push(...findAll(child, type));
  return found;
}

export function find(n: ToyNode, type: string): ToyNode {
  const found = findAll(n, type)[0];
  if (!found) throw new Error(`no <${type}> in the toy tree`);
  return found;
}
