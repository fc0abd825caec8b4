import { Input, type InputOptions } from './input.js';

export interface TextareaOptions extends Omit<InputOptions, 'password' | 'type' | 'onEnter'> {
  /** Grows with its content instead of scrolling. */
  autogrow?: boolean;
  rows?: number;
}

/** A multi-line text input (QInput with `type=textarea`). */
export class Textarea extends Input {
  constructor(options: TextareaOptions = {}) {
    super('q-input', options);
    this.props({ type: 'textarea', ...(options.autogrow ? { autogrow: true } : {}), ...(options.rows ? { rows: options.rows } : {}) });
  }
}

/** `ui.textarea({ label: 'Notes', autogrow: true })` */
export function textarea(options: TextareaOptions = {}): Textarea {
  return new Textarea(options);
}
