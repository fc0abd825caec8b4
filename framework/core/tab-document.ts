import { KiteError } from './errors.js';

type Dict = Record<string, unknown>;

/** Where a document reports to (its store). */
export interface TabDocumentOwner {
  /** Told of every accepted write, with the document's JSON (already made for the size check). */
  changed(doc: TabDocument, text: string): void;
  release(doc: TabDocument): void;
}

/** Our proxies by what they stand for, so that assigning one stores the object, not the proxy. */
const targetOf = new WeakMap<object, object>();

/** Objects and arrays inside a document are handed out as proxies too, so writes at any depth are noticed. */
function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

/**
 * One tab's storage: its JSON document, the clients holding it, and a proxy that notices every
 * write, nested ones included (`storage.tab.draft.title = 'x'`). A write that would make the
 * document larger than `maxBytes` serialized, or not JSON at all, is undone and throws, so the
 * page author sees it where it happened. Nested proxies are made on first read and cached per
 * document (a tab that only uses top-level keys pays for none).
 */
export class TabDocument {
  holders = 0;
  /** Whether its file exists (so that an empty document is removed, and only then). */
  onDisk = false;
  /** Set once the document left memory: writes through a proxy kept since then are dropped. */
  gone = false;
  private root: Dict | undefined;
  private nested: WeakMap<object, object> | undefined;
  /** Made on first use, one per document and shared by its nested proxies (traps get the object as `target`). */
  private handler: ProxyHandler<Dict> | undefined;

  constructor(
    readonly key: string,
    readonly data: Dict,
    private readonly maxBytes: number,
    private readonly owner: TabDocumentOwner,
  ) {}

  /** The document as page code sees it (`storage.tab`). */
  get proxy(): Dict {
    return (this.root ??= this.wrap(this.data) as Dict);
  }

  /** One client less holds it (its own store counts, also after storage was configured anew). */
  release(): void {
    this.owner.release(this);
  }

  get empty(): boolean {
    for (const _ in this.data) return false;
    return true;
  }

  private wrap(target: object): object {
    if (target === this.data) return this.root ?? this.register(target);
    const nested = (this.nested ??= new WeakMap());
    return nested.get(target) ?? this.register(target, nested);
  }

  private register(target: object, cache?: WeakMap<object, object>): object {
    const proxy = new Proxy(target as Dict, (this.handler ??= this.traps()));
    targetOf.set(proxy, target);
    cache?.set(target, proxy);
    return proxy;
  }

  private traps(): ProxyHandler<Dict> {
    return {
      get: (target, key) => {
        const value: unknown = Reflect.get(target, key);
        return isContainer(value) ? this.wrap(value) : value;
      },
      set: (target, key, value) => {
        const raw: unknown = (isContainer(value) && targetOf.get(value)) || value;
        const had = Object.hasOwn(target, key);
        const previous: unknown = Reflect.get(target, key);
        Reflect.set(target, key, raw);
        this.written(() => (had ? Reflect.set(target, key, previous) : Reflect.deleteProperty(target, key)));
        return true;
      },
      deleteProperty: (target, key) => {
        if (!Object.hasOwn(target, key)) return true;
        const previous: unknown = Reflect.get(target, key);
        Reflect.deleteProperty(target, key);
        this.written(() => Reflect.set(target, key, previous));
        return true;
      },
    };
  }

  /** Checks the document after a write (undoing the write if it does not fit) and reports the change. */
  private written(undo: () => unknown): void {
    let text: string;
    try {
      text = JSON.stringify(this.data);
    } catch (error) {
      undo();
      throw new KiteError(`storage.tab keeps JSON values only (${error instanceof Error ? error.message : String(error)})`);
    }
    const bytes = Buffer.byteLength(text);
    if (bytes > this.maxBytes) {
      undo();
      throw new KiteError(`storage.tab of one tab is limited to ${this.maxBytes} bytes of JSON; this write would make it ${bytes}`);
    }
    if (!this.gone) this.owner.changed(this, text);
  }
}
