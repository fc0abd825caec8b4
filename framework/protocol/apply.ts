import type { ElementId, ElementPatch, ElementSpec, Op, Snapshot } from './messages.js';

/**
 * A tab's copy of the element tree, flat by id. The runtime makes `elements` and every spec
 * reactive; the simulated user keeps them plain. Both apply frames with the same code below.
 */
export interface Tree {
  root: ElementId;
  elements: Map<ElementId, ElementSpec>;
  /** The tab's edit counter per element: how many value changes it has sent. */
  edits: Map<ElementId, number>;
}

export type CallHandler = (op: Extract<Op, ['c', ...unknown[]]>) => void;

/** Hooks that let the runtime wrap new specs (e.g. in Vue `reactive`) before they enter the tree. */
export interface ApplyHooks {
  onCall?: CallHandler;
  wrap?: (spec: ElementSpec) => ElementSpec;
}

export function createTree(snapshot: Snapshot, wrap?: (spec: ElementSpec) => ElementSpec): Tree {
  const tree: Tree = { root: snapshot.root, elements: new Map(), edits: new Map() };
  replaceTree(tree, snapshot, wrap);
  return tree;
}

/** Replaces the whole tree with a snapshot (resync), keeping the tab's edit counters. */
export function replaceTree(tree: Tree, snapshot: Snapshot, wrap?: (spec: ElementSpec) => ElementSpec): void {
  tree.elements.clear();
  tree.root = snapshot.root;
  for (const spec of snapshot.elements) tree.elements.set(spec.id, wrap ? wrap(spec) : spec);
  for (const id of tree.edits.keys()) if (!tree.elements.has(id)) tree.edits.delete(id);
}

/** Applies the ops of one frame, in order. Unknown ids are ignored: the element is already gone. */
export function applyOps(tree: Tree, ops: Op[], hooks: ApplyHooks = {}): void {
  for (const op of ops) {
    switch (op[0]) {
      case 'a':
        tree.elements.set(op[1].id, hooks.wrap ? hooks.wrap(op[1]) : op[1]);
        break;
      case 'u': {
        const spec = tree.elements.get(op[1]);
        if (spec) applyPatch(spec, op[2], tree.edits.get(op[1]) ?? 0);
        break;
      }
      case 'r':
        removeSubtree(tree, op[1]);
        break;
      case 'c':
        hooks.onCall?.(op);
        break;
    }
  }
}

/**
 * Applies one element patch. A value produced before the server saw the tab's latest edit is
 * stale and skipped, so a keystroke typed while the patch was in flight is never overwritten.
 */
export function applyPatch(spec: ElementSpec, patch: ElementPatch, localEdits: number): void {
  if (patch.p) {
    spec.p ??= {};
    for (const key in patch.p) spec.p[key] = patch.p[key];
  }
  if (patch.pd && spec.p) for (const key of patch.pd) delete spec.p[key];
  if ('v' in patch && (patch.vn ?? 0) >= localEdits) spec.v = patch.v;
  if (patch.c) spec.c = patch.c;
  if (patch.s) spec.s = patch.s;
  if (patch.t !== undefined) spec.t = patch.t;
  if (patch.ch) spec.ch = patch.ch;
  if (patch.on) spec.on = patch.on;
  if (patch.ss) spec.ss = patch.ss;
  if (patch.h !== undefined) {
    if (patch.h) spec.h = 1;
    else delete spec.h;
  }
}

function removeSubtree(tree: Tree, id: ElementId): void {
  const spec = tree.elements.get(id);
  if (!spec) return;
  tree.elements.delete(id);
  tree.edits.delete(id);
  if (spec.ch) for (const slot in spec.ch) for (const child of spec.ch[slot]!) removeSubtree(tree, child);
}

/** Records a local edit and returns the counter to send with the value. */
export function recordEdit(tree: Tree, id: ElementId): number {
  const n = (tree.edits.get(id) ?? 0) + 1;
  tree.edits.set(id, n);
  return n;
}
