import type { Element } from '../core/element.js';
import { own } from '../core/own-keys.js';
import type { ElementSpec } from '../protocol/messages.js';
import type { UploadOutcome } from '../server/uploads.js';
import { uploadFiles, type FileToUpload } from './transfers.js';
import type { SimulatedUser } from './user.js';

const TOGGLES = new Set(['q-checkbox', 'q-toggle']);

/** One element as the simulated user sees it in the tab, with the actions a person can take. */
export class UserElement {
  constructor(
    private readonly user: SimulatedUser,
    readonly id: number,
  ) {}

  /** The element as the tab currently knows it. */
  get spec(): ElementSpec {
    const spec = this.user.tree.elements.get(this.id);
    if (!spec) throw new Error(`element #${this.id} is no longer on the page`);
    return spec;
  }

  /** The server-side element (for assertions on server state). */
  get element(): Element {
    const el = this.user.serverElement(this.id);
    if (!el) throw new Error(`element #${this.id} no longer exists on the server`);
    return el;
  }

  get text(): string {
    return this.spec.t ?? '';
  }

  get value(): unknown {
    return this.spec.v;
  }

  prop(name: string): unknown {
    return this.spec.p?.[name];
  }

  get classes(): readonly string[] {
    return this.spec.c ?? [];
  }

  /** Clicks: toggles checkboxes and switches, otherwise sends the click event. */
  async click(): Promise<this> {
    const spec = this.spec;
    if (spec.p?.disable) throw new Error(`<${spec.tag}> #${this.id} is disabled`);
    if (TOGGLES.has(spec.tag) && 'v' in spec) this.user.sendValue(this.id, !spec.v);
    else if (spec.on?.click) this.user.send(['e', this.id, 'click', []]);
    else throw new Error(`<${spec.tag}> #${this.id} does not react to clicks`);
    await this.user.settle();
    return this;
  }

  /** Types text at the end of the current value, as one edit per call. */
  async type(text: string): Promise<this> {
    const current = typeof this.spec.v === 'string' ? this.spec.v : '';
    return this.setValue(current + text);
  }

  async clear(): Promise<this> {
    return this.setValue('');
  }

  /** Sets the value as the component would after the user changed it (select, slider, ...). */
  async setValue(value: unknown): Promise<this> {
    if (!('v' in this.spec)) throw new Error(`<${this.spec.tag}> #${this.id} has no value`);
    this.user.sendValue(this.id, value);
    await this.user.settle();
    return this;
  }

  /** Fires any event the element listens to, with the arguments the runtime would send. */
  async trigger(event: string, ...args: unknown[]): Promise<this> {
    if (!own(this.spec.on, event)) throw new Error(`<${this.spec.tag}> #${this.id} does not listen to ${event}`);
    this.user.send(['e', this.id, event, args]);
    await this.user.settle();
    return this;
  }

  /**
   * Picks files in an uploader and uploads them as one request, through the server's upload
   * code. Resolves with the server's answer (a refusal is an answer, not an exception).
   */
  async upload(...files: FileToUpload[]): Promise<UploadOutcome> {
    const spec = this.spec;
    if (spec.tag !== 'q-uploader') throw new Error(`<${spec.tag}> #${this.id} is not an uploader`);
    if (spec.p?.disable) throw new Error(`<${spec.tag}> #${this.id} is disabled`);
    const outcome = await uploadFiles(this.user.client, this.id, files);
    await this.user.settle();
    return outcome;
  }

  /** Presses a key in the element (e.g. 'Enter' fires a `keydown.enter` listener). */
  async press(key: string): Promise<this> {
    const name = `keydown.${key.toLowerCase()}`;
    return this.trigger(own(this.spec.on, name) ? name : 'keydown', { key });
  }
}
