import { Element } from '../core/element.js';

/** Plain text in a `div`. */
export class Label extends Element {
  constructor(text: string) {
    super('div');
    this.text = text;
  }
}

/** `ui.label('Hello')`: a text label; set `.text` to change it. */
export function label(text: string | number = ''): Label {
  return new Label(String(text));
}
