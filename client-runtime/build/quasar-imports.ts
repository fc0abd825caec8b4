import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** Quasar's name -> module map (`quasar/dist/transforms/import-map.json`): `QBtn` -> `src/components/btn/QBtn.js`. */
export type QuasarImportMap = Record<string, string>;

const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])quasar\2\s*;?/g;

/**
 * Rewrites `import { QBtn, Notify as N } from 'quasar'` into one default import per module, as
 * @quasar/vite-plugin does: esbuild cannot tree-shake Quasar's main entry (500 KB), but the
 * per-module sources are small. Type-only imports are left to the TypeScript loader.
 */
export function rewriteQuasarImports(source: string, importMap: QuasarImportMap): string {
  return source.replace(NAMED_IMPORT, (_statement, names: string) =>
    names
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '))
      .map((name) => {
        const [imported = '', local = imported] = name.split(/\s+as\s+/);
        const path = importMap[imported];
        if (!path) throw new Error(`quasar has no export ${JSON.stringify(imported)} in its import map`);
        return `import ${local} from 'quasar/${path}';`;
      })
      .join('\n'),
  );
}

/** The esbuild plugin applying `rewriteQuasarImports` to the runtime's TypeScript sources. */
export function quasarDeepImports(importMap: QuasarImportMap): Plugin {
  return {
    name: 'quasar-deep-imports',
    setup(build) {
      build.onLoad({ filter: /[\\/]client-runtime[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: rewriteQuasarImports(source, importMap), loader: 'ts' };
      });
    },
  };
}
