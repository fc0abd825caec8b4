import { mkdtemp, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoadFiles, manifestFromMetafile, tagOfModule } from '../../client-runtime/build/manifest.js';
import { rewriteQuasarImports } from '../../client-runtime/build/quasar-imports.js';
import { isStale } from '../../client-runtime/build/stale.js';

describe('rewriteQuasarImports', () => {
  const importMap = { QBtn: 'src/components/btn/QBtn.js', Notify: 'src/plugins/notify/Notify.js', Quasar: 'src/vue-plugin.js' };

  it('turns named imports into deep default imports', () => {
    expect(rewriteQuasarImports("import { QBtn, Notify as N } from 'quasar';\nconst x = 1;", importMap)).toBe(
      "import QBtn from 'quasar/src/components/btn/QBtn.js';\nimport N from 'quasar/src/plugins/notify/Notify.js';\nconst x = 1;",
    );
  });

  it('handles multi-line imports and skips inline type imports', () => {
    expect(rewriteQuasarImports('import {\n  Quasar,\n  type QNotifyCreateOptions,\n} from "quasar"', importMap)).toBe(
      "import Quasar from 'quasar/src/vue-plugin.js';",
    );
  });

  it('leaves type-only imports and other packages alone', () => {
    const source = "import type { QBtn } from 'quasar';\nimport { h } from 'vue';\nimport x from 'quasar/src/x.js';";
    expect(rewriteQuasarImports(source, importMap)).toBe(source);
  });

  it('fails on a name Quasar does not export', () => {
    expect(() => rewriteQuasarImports("import { QNope } from 'quasar';", importMap)).toThrow(/QNope/);
  });
});

describe('tagOfModule', () => {
  it.each([
    ['node_modules/quasar/src/components/btn/QBtn.js', 'q-btn'],
    ['kite-lazy:quasar/src/components/btn-dropdown/QBtnDropdown.js', 'q-btn-dropdown'],
    ['quasar/src/components/ajax-bar/QAjaxBar.js', 'q-ajax-bar'],
    ['client-runtime/components/KMarkdown.ts', 'k-markdown'],
    ['quasar/src/plugins/notify/Notify.js', undefined],
    ['client-runtime/main.ts', undefined],
  ])('%s -> %s', (path, tag) => {
    expect(tagOfModule(path)).toBe(tag);
  });
});

describe('manifestFromMetafile', () => {
  const output = (imports: [string, 'import-statement' | 'dynamic-import'][], entryPoint?: string, inputs: string[] = []) => ({
    bytes: 1,
    inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 1 }])),
    exports: [],
    imports: imports.map(([path, kind]) => ({ path, kind })),
    ...(entryPoint ? { entryPoint } : {}),
  });
  const D = 'client-runtime/dist';
  const metafile = {
    inputs: {},
    outputs: {
      [`${D}/main-A.js`]: output(
        [
          [`${D}/chunk-CORE.js`, 'import-statement'],
          [`${D}/QInput-B.js`, 'dynamic-import'],
          [`${D}/QCard-C.js`, 'dynamic-import'],
          [`${D}/Notify-D.js`, 'dynamic-import'],
        ],
        'client-runtime/main.ts',
      ),
      [`${D}/chunk-CORE.js`]: output([[`${D}/chunk-VUE.js`, 'import-statement']], undefined, [
        'node_modules/quasar/src/components/btn/QBtn.js',
        'node_modules/quasar/src/components/btn/use-btn.js',
        'node_modules/quasar/src/components/card/QCard.js',
      ]),
      [`${D}/chunk-VUE.js`]: output([]),
      [`${D}/QInput-B.js`]: output(
        [
          [`${D}/chunk-CORE.js`, 'import-statement'],
          [`${D}/chunk-FIELD.js`, 'import-statement'],
        ],
        'kite-lazy:quasar/src/components/input/QInput.js',
      ),
      [`${D}/chunk-FIELD.js`]: output([[`${D}/chunk-FORM.js`, 'import-statement']]),
      [`${D}/chunk-FORM.js`]: output([[`${D}/chunk-VUE.js`, 'import-statement']]),
      [`${D}/QCard-C.js`]: output([[`${D}/chunk-CORE.js`, 'import-statement']], 'kite-lazy:quasar/src/components/card/QCard.js'),
      [`${D}/Notify-D.js`]: output([[`${D}/chunk-FORM.js`, 'import-statement']], 'kite-lazy:quasar/src/plugins/notify/Notify.js'),
      [`${D}/kite-E.css`]: output([], 'client-runtime/styles.css'),
      [`${D}/roboto-F.woff2`]: output([]),
    },
  } as unknown as Metafile;
  const manifest = manifestFromMetafile(metafile, { outdir: D, script: 'client-runtime/main.ts', styles: 'client-runtime/styles.css' });

  it('names the entry, the stylesheet and the entry static imports', () => {
    expect(manifest.script).toBe('main-A.js');
    expect(manifest.styles).toEqual(['kite-E.css']);
    expect(manifest.preload).toEqual(['chunk-CORE.js', 'chunk-VUE.js']);
  });

  it('lists per component tag its chunk first, then what it needs beyond the entry', () => {
    expect(manifest.components).toEqual({
      'q-btn': [],
      'q-card': ['QCard-C.js'],
      'q-input': ['QInput-B.js', 'chunk-FIELD.js', 'chunk-FORM.js'],
    });
  });

  it('collects the first-load files of a page', () => {
    expect(firstLoadFiles(manifest, ['q-input', 'q-card', 'div'])).toEqual([
      'main-A.js',
      'chunk-CORE.js',
      'chunk-VUE.js',
      'QInput-B.js',
      'chunk-FIELD.js',
      'chunk-FORM.js',
      'QCard-C.js',
    ]);
  });
});

describe('isStale', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is stale without a target, or when a source (not under dist) is newer', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kite-stale-'));
    const src = join(dir, 'src');
    await mkdir(join(src, 'dist'), { recursive: true });
    await mkdir(join(src, 'nested'), { recursive: true });
    const target = join(dir, 'manifest.json');
    const source = join(src, 'nested', 'a.ts');
    await writeFile(source, 'x');
    expect(await isStale(target, [src])).toBe(true);
    await writeFile(target, '{}');
    await utimes(source, 1000, 1000);
    await utimes(target, 2000, 2000);
    expect(await isStale(target, [src, join(dir, 'missing.json')])).toBe(false);
    await writeFile(join(src, 'dist', 'out.js'), 'x');
    expect(await isStale(target, [src])).toBe(false);
    await utimes(source, 3000, 3000);
    expect(await isStale(target, [src])).toBe(true);
  });
});
