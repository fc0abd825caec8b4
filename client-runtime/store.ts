import { markRaw, reactive } from 'vue';
import { applyOps, recordEdit, replaceTree, type CallHandler, type Tree } from '../framework/protocol/apply.js';
import type { DownMessage, ElementId, ElementSpec, Remounted, Snapshot } from '../framework/protocol/messages.js';
import { idTranslation, isSecret, keyedValues, valueElementsByKey } from '../framework/protocol/recovery.js';

/** What applying one down message did, so the connection knows whether to ack or to resync. */
export type ApplyResult =
  | { kind: 'applied'; seq: number }
  /** The page was rebuilt under a new client: old element ids map to new ones where they have a namesake. */
  | { kind: 'remounted'; remount: Remounted; translation: Map<ElementId, ElementId> }
  /** The server would not rebuild the page here: the tab goes to `location`. */
  | { kind: 'elsewhere'; location: string }
  /** A frame already applied (a replay overlapping what the tab has): ignored. */
  | { kind: 'old' }
  /** A frame after a missing one: the tab must rejoin so the server replays or resyncs. */
  | { kind: 'gap'; expected: number; got: number }
  | { kind: 'error'; code: string; message: string };

const wrap = (spec: ElementSpec): ElementSpec => reactive(spec) as ElementSpec;

/**
 * The tab's element tree, applied with the shared protocol code. The map and every spec are
 * Vue-reactive, so a patch to one prop re-renders only the element views that read it.
 */
export class Store {
  readonly tree: Tree;
  /** The seq of the last frame or snapshot applied. */
  seq: number;

  constructor(boot: Snapshot & { seq: number }) {
    this.tree = reactive({
      root: boot.root,
      elements: new Map<ElementId, ElementSpec>(),
      // Edit counters are bookkeeping, never rendered: keep them out of Vue's tracking.
      edits: markRaw(new Map<ElementId, number>()),
    }) as Tree;
    replaceTree(this.tree, boot, wrap);
    this.seq = boot.seq;
  }

  get(id: ElementId): ElementSpec | undefined {
    return this.tree.elements.get(id);
  }

  /**
   * Applies one down message. `resent` holds values the tab sent on this socket before the
   * server's first message: a snapshot cannot contain them yet, so they are kept over it.
   */
  applyDown(message: DownMessage, onCall?: CallHandler, resent?: ReadonlyMap<ElementId, unknown>): ApplyResult {
    switch (message[0]) {
      case 'f': {
        const [, seq, ops] = message;
        if (seq <= this.seq) return { kind: 'old' };
        if (seq > this.seq + 1) return { kind: 'gap', expected: this.seq + 1, got: seq };
        applyOps(this.tree, ops, { wrap, onCall });
        this.seq = seq;
        return { kind: 'applied', seq };
      }
      case 's':
        replaceTree(this.tree, message[2], wrap);
        if (resent) for (const [id, value] of resent) this.keepLocalValue(id, value);
        this.seq = message[1];
        return { kind: 'applied', seq: message[1] };
      case 'e':
        return { kind: 'error', code: message[1], message: message[2] };
      case 'm':
        return 'location' in message[1] ? { kind: 'elsewhere', location: message[1].location } : this.remount(message[1]);
    }
  }

  /**
   * Replaces the tree with the rebuilt page. Edit counters start again with the new client; values
   * typed while the re-mount was on its way are the connection's to send again.
   */
  private remount(remount: Remounted): ApplyResult {
    const before = new Map(this.tree.elements);
    const root = this.tree.root;
    replaceTree(this.tree, remount, wrap);
    this.tree.edits.clear();
    this.seq = remount.seq;
    const translation = idTranslation({ root, get: (id) => before.get(id) }, { root: this.tree.root, get: (id) => this.tree.elements.get(id) });
    return { kind: 'remounted', remount, translation };
  }

  /** What the tab hands over when it re-mounts (everything) or reloads (no password: it is stored): its values by recovery key. */
  keyedValues(options: { secrets: boolean } = { secrets: true }): [string, unknown][] {
    const tree = { root: this.tree.root, get: (id: ElementId) => this.tree.elements.get(id) };
    return keyedValues(tree, undefined, options.secrets ? undefined : (spec) => !isSecret(spec));
  }

  /** The value element with this recovery key now, if any (values recovered after a reload). */
  valueElementsByKey(): Map<string, ElementId> {
    return valueElementsByKey({ root: this.tree.root, get: (id) => this.tree.elements.get(id) });
  }

  private keepLocalValue(id: ElementId, value: unknown): void {
    const spec = this.tree.elements.get(id);
    if (spec && 'v' in spec) spec.v = value;
  }

  /**
   * Stores a value the user changed and returns the edit counter to send with it. The tab is
   * the authority for what the user types: the value is set here at once, and server patches
   * produced before the server saw this edit will not overwrite it.
   */
  editValue(id: ElementId, value: unknown): number | undefined {
    const spec = this.tree.elements.get(id);
    if (!spec) return undefined;
    spec.v = value;
    return recordEdit(this.tree, id);
  }
}
