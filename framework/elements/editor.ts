import { optionProps } from './mixins/builder.js';
import { sanitize } from './mixins/sanitize.js';
import { ValueElement, type Accepted, type ValueChangeHandler } from './mixins/value.js';

/** Quasar's toolbar command names (`bold`, `italic`, `link`, `unordered`, ...), grouped per row section. */
export type EditorToolbar = readonly (readonly string[])[];

export interface EditorOptions {
  /** HTML content; sanitized. */
  value?: string;
  placeholder?: string;
  toolbar?: EditorToolbar;
  minHeight?: string;
  maxHeight?: string;
  height?: string;
  flat?: boolean;
  square?: boolean;
  dense?: boolean;
  readonly?: boolean;
  disable?: boolean;
  /** Longest HTML accepted from the tab (default 1 000 000 characters). */
  maxLength?: number;
  onChange?: ValueChangeHandler<string, Editor>;
}

const PROPS = ['placeholder', 'toolbar', 'minHeight', 'maxHeight', 'height', 'flat', 'square', 'dense', 'readonly', 'disable'] as const;

/**
 * A rich text editor (QEditor); the value is HTML. Every value is sanitized on the server, from
 * the tab and from page code alike (scripts, event handler attributes, styles and unsafe URLs
 * removed), so it is safe to show to other users. While the user types the tab keeps its own
 * content; when the editor loses focus it shows the sanitized HTML the server holds.
 */
export class Editor extends ValueElement<string> {
  protected override get correctsTab(): boolean {
    return false;
  }
  private readonly maxLength: number;
  /** The last HTML received from the tab, before sanitizing. */
  private received: string | undefined;

  constructor(options: EditorOptions = {}) {
    super('q-editor', sanitize(options.value ?? ''));
    this.maxLength = options.maxLength ?? 1_000_000;
    this.props({ minHeight: '5rem', ...optionProps(options, PROPS) });
    this.on('blur', () => {
      if (this.received !== undefined && this.received !== this.value) this.resendValue();
      this.received = undefined;
    });
    if (options.onChange) this.onChange(options.onChange);
  }

  override get value(): string {
    return super.value;
  }

  /** Sets the HTML from page code; it is sanitized. */
  override set value(html: string) {
    super.value = sanitize(String(html));
  }

  override receiveValue(value: unknown, edits: number): boolean {
    const accepted = super.receiveValue(value, edits);
    if (accepted) this.received = value as string;
    return accepted;
  }

  protected override acceptValue(value: unknown): Accepted {
    if (value === null) return { ok: true, value: '' };
    if (typeof value !== 'string' || value.length > this.maxLength) return { ok: false };
    return { ok: true, value: sanitize(value) };
  }
}

/** `ui.editor({ value: '<p>Hello</p>', onChange: e => save(e.value) })` */
export function editor(options: EditorOptions = {}): Editor {
  return new Editor(options);
}
