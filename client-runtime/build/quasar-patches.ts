import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * QTable imports QSelect (its rows-per-page select, with QMenu, QDialog, QChip, QItem and
 * virtual scrolling: about 35 KB gzipped) and QVirtualScroll, but renders them only when the
 * table shows pagination controls or scrolls virtually. The patch makes both deferred
 * components of the runtime's registry (registry.ts), which render the real ones and load them
 * on first use; the runtime loads them before the first render when a table shows them
 * (tags.ts, `impliedTags`). QTable also reads the names of the virtual scroll props from
 * `use-virtual-scroll.js`; they are inlined so that module stays out of the table's chunk.
 */
export function deferQTableParts(qtable: string, virtualScroll: string, registryModule: string): string {
  const list = /const commonVirtScrollProps = \{\n([\s\S]*?)\n\}/.exec(virtualScroll)?.[1];
  const names = list ? [...list.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]!) : [];
  if (!names.length) throw new Error('quasar patch: cannot find commonVirtScrollProps in use-virtual-scroll.js');
  const replacements: [string, string][] = [
    ["import QVirtualScroll from '../virtual-scroll/QVirtualScroll.js'\n", ''],
    ["import QSelect from '../select/QSelect.js'\n", ''],
    [
      "import { commonVirtScrollPropsList } from '../virtual-scroll/use-virtual-scroll.js'\n",
      `const commonVirtScrollPropsList = ${JSON.stringify(names)}\n`,
    ],
  ];
  let patched = qtable;
  for (const [from, to] of replacements) {
    if (!patched.includes(from)) throw new Error(`quasar patch: QTable.js no longer contains ${JSON.stringify(from.trim())}`);
    patched = patched.replace(from, to);
  }
  return (
    `import { components as __kiteComponents } from ${JSON.stringify(registryModule)}\n` +
    `const QSelect = __kiteComponents.deferred('q-select')\n` +
    `const QVirtualScroll = __kiteComponents.deferred('q-virtual-scroll')\n` +
    patched
  );
}

/** The esbuild plugin applying `deferQTableParts` to Quasar's QTable.js. */
export function quasarPatches(componentsModule: string): Plugin {
  return {
    name: 'quasar-patches',
    setup(build) {
      build.onLoad({ filter: /[\\/]quasar[\\/]src[\\/]components[\\/]table[\\/]QTable\.js$/ }, async (args) => {
        const virtualScroll = args.path.replace(/table[\\/]QTable\.js$/, 'virtual-scroll/use-virtual-scroll.js');
        const [qtable, virtualScrollSource] = await Promise.all([readFile(args.path, 'utf8'), readFile(virtualScroll, 'utf8')]);
        return { contents: deferQTableParts(qtable, virtualScrollSource, componentsModule), loader: 'js' };
      });
    },
  };
}
