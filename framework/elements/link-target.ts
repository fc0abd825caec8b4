import { Element } from '../core/element.js';

/** An anchor (`a` with an id) that `ui.link('Jump', '#name')` scrolls to. */
export class LinkTarget extends Element {
  constructor(name: string) {
    super('a');
    this.props({ id: name, name });
  }
}

/** `ui.linkTarget('details')` here, and `ui.link('Details', '#details')` elsewhere on the page. */
export function linkTarget(name: string): LinkTarget {
  return new LinkTarget(name);
}
