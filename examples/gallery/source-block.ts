import { ui, type Element } from '../../framework/index.js';

/** How the gallery shows a demo's source: highlighted on the server, with a copy button. */
export function sourceBlock(text: string): Element {
  return ui.code(text, { language: 'typescript' }).classes('gallery-source');
}
