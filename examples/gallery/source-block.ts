import { ui, type Element } from '../../framework/index.js';

/** How the gallery shows a demo's source: the one place to change to show it highlighted. */
export function sourceBlock(text: string): Element {
  const block = ui.element('pre').classes('gallery-source q-ma-none q-pa-md rounded-borders bg-grey-2 text-grey-10').style({
    'font-family': "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
    'font-size': '13px',
    'line-height': '1.5',
    'overflow-x': 'auto',
    'white-space': 'pre',
  });
  block.text = text;
  return block;
}
