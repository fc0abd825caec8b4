import { Element } from '../core/element.js';

/** Fills the free space of a row (QSpace), pushing what follows to the end. */
export class Space extends Element {
  constructor() {
    super('q-space');
  }
}

/** `ui.space()` between items of a row or header. */
export function space(): Space {
  return new Space();
}
