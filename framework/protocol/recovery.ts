import type { ElementId, ElementSpec } from './messages.js';

/**
 * Recovery keys: names for value elements that survive a rebuild of the same page, so a tab whose
 * server forgot it (a restart, a crash, another process) can hand its typed values to the rebuilt
 * page. Element ids do not survive: they depend on everything the page created before.
 *
 * The rule: an element's key is the path of steps from the root to it; a step names the slot (when
 * it is not `default`), the tag, the row key inside a scoped slot, and the element's position
 * among the siblings of the same slot, tag and row key (`q-card/q-card-section#1/q-input`).
 * Counting per tag keeps keys stable when elements of another kind come and go beside an input
 * (a flash message above a form). The limits: an input moved elsewhere, or one that gets a new
 * sibling of its own tag before it, has another key after the rebuild, and its value is not
 * recovered; it is never applied to a different kind of element, since the tag is in the key.
 *
 * Pure code on the wire shapes: the server computes keys on its rebuilt tree, the tab on its own.
 */

/** What computing keys needs of a tree: the root and the spec of an id. */
export interface TreeLookup {
  root: ElementId;
  get(id: ElementId): Pick<ElementSpec, 'tag' | 'ch' | 'k' | 'v' | 'p'> | undefined;
}

/** At most this many values travel with a re-mount; the tab sends the first ones in tree order. */
export const MAX_RECOVERED_VALUES = 500;

type KeyedSpec = Pick<ElementSpec, 'tag' | 'ch' | 'k' | 'v' | 'p'>;

/** Calls `visit` for every element, parents before children, with its key. */
export function forEachKey(tree: TreeLookup, visit: (key: string, id: ElementId, spec: KeyedSpec) => void): void {
  const root = tree.get(tree.root);
  if (!root) return;
  const stack: [ElementId, string][] = [[tree.root, root.tag]];
  while (stack.length > 0) {
    const [id, key] = stack.pop()!;
    const spec = tree.get(id);
    if (!spec) continue;
    visit(key, id, spec);
    if (!spec.ch) continue;
    const children: [ElementId, string][] = [];
    for (const slot in spec.ch) {
      const seen = new Map<string, number>();
      for (const child of spec.ch[slot]!) {
        const childSpec = tree.get(child);
        if (!childSpec) continue;
        const name = `${slot === 'default' ? '' : `${slot}:`}${childSpec.tag}${childSpec.k === undefined ? '' : `[${childSpec.k}]`}`;
        const index = seen.get(name) ?? 0;
        seen.set(name, index + 1);
        children.push([child, `${key}/${name}${index === 0 ? '' : `#${index}`}`]);
      }
    }
    // Reversed onto the stack, so children are visited in their order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** The tab's side: the values to hand over, keyed, in tree order, at most `limit` of them. */
export function keyedValues(tree: TreeLookup, limit = MAX_RECOVERED_VALUES, keep: (spec: KeyedSpec) => boolean = () => true): [string, unknown][] {
  const values: [string, unknown][] = [];
  forEachKey(tree, (key, _id, spec) => {
    if ('v' in spec && values.length < limit && keep(spec)) values.push([key, spec.v]);
  });
  return values;
}

/**
 * A password field, hidden or revealed (by its type, or by what the browser is told to fill in):
 * its value may travel to the server, never into the tab's storage.
 */
export function isSecret(spec: Pick<ElementSpec, 'p'>): boolean {
  const { type, autocomplete } = spec.p ?? {};
  return type === 'password' || autocomplete === 'current-password' || autocomplete === 'new-password';
}

/** The server's side: the value elements of a rebuilt tree by key. */
export function valueElementsByKey(tree: TreeLookup): Map<string, ElementId> {
  const byKey = new Map<string, ElementId>();
  forEachKey(tree, (key, id, spec) => {
    if ('v' in spec) byKey.set(key, id);
  });
  return byKey;
}

/**
 * The tab's side after a re-mount: the new id of each old element that has a namesake in the
 * rebuilt tree, so what the user did while the re-mount was on its way (a value typed, a click)
 * reaches the rebuilt element.
 */
export function idTranslation(before: TreeLookup, after: TreeLookup): Map<ElementId, ElementId> {
  const byKey = new Map<string, ElementId>();
  forEachKey(after, (key, id) => byKey.set(key, id));
  const translation = new Map<ElementId, ElementId>();
  forEachKey(before, (key, id, spec) => {
    const now = byKey.get(key);
    if (now !== undefined && after.get(now)?.tag === spec.tag) translation.set(id, now);
  });
  return translation;
}
