import { mkdtemp, readFile, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { LAZY_NAMESPACE, lazyChunksShareRuntime, planChunks } from '../../client-runtime/build/chunking.js';
import { firstLoadFiles, manifestFromMetafile, tagOfModule } from '../../client-runtime/build/manifest.js';
import { rewriteQuasarImports } from '../../client-runtime/build/quasar-imports.js';
import { deferQTableParts } from '../../client-runtime/build/quasar-patches.js';
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

describe('manifestFromMetafile with groups and a catalog', () => {
  const output = (imports: [string, 'import-statement' | 'dynamic-import'][], entryPoint?: string) => ({
    bytes: 1,
    inputs: {},
    exports: [],
    imports: imports.map(([path, kind]) => ({ path, kind })),
    ...(entryPoint ? { entryPoint } : {}),
  });
  const D = 'dist';
  const metafile = {
    inputs: {},
    outputs: {
      [`${D}/main.js`]: output([[`${D}/chunk-CORE.js`, 'import-statement']], 'client-runtime/main.ts'),
      [`${D}/chunk-CORE.js`]: output([
        [`${D}/common.js`, 'dynamic-import'],
        [`${D}/table.js`, 'dynamic-import'],
        [`${D}/catalog.js`, 'dynamic-import'],
      ]),
      [`${D}/common.js`]: output([[`${D}/chunk-COMMON.js`, 'import-statement']], 'kite-lazy:client-runtime/lazy/common.ts'),
      [`${D}/chunk-COMMON.js`]: output([[`${D}/chunk-CORE.js`, 'import-statement']]),
      [`${D}/table.js`]: output([[`${D}/chunk-COMMON.js`, 'import-statement']], 'kite-lazy:client-runtime/lazy/table.ts'),
      [`${D}/catalog.js`]: output([[`${D}/QBadge.js`, 'dynamic-import']], 'kite-lazy:client-runtime/lazy/catalog.ts'),
      [`${D}/QBadge.js`]: output([[`${D}/chunk-COMMON.js`, 'import-statement']], 'kite-lazy:node_modules/quasar/src/components/badge/QBadge.js'),
      [`${D}/kite.css`]: output([], 'client-runtime/styles.css'),
    },
  } as unknown as Metafile;
  const manifest = manifestFromMetafile(metafile, {
    outdir: D,
    script: 'client-runtime/main.ts',
    styles: 'client-runtime/styles.css',
    groups: { 'kite-lazy:client-runtime/lazy/common.ts': ['q-card', 'q-input'], 'kite-lazy:client-runtime/lazy/table.ts': ['q-table'] },
  });

  it('maps every tag of a group to the group chunk and what it imports', () => {
    expect(manifest.components['q-card']).toEqual(['common.js', 'chunk-COMMON.js']);
    expect(manifest.components['q-input']).toEqual(['common.js', 'chunk-COMMON.js']);
    expect(manifest.components['q-table']).toEqual(['table.js', 'chunk-COMMON.js']);
  });

  it('adds the catalog that loads a component to its chunks', () => {
    expect(manifest.components['q-badge']).toEqual(['QBadge.js', 'chunk-COMMON.js', 'catalog.js']);
  });

  it('refuses a tag claimed by two modules (a page author\'s component named like a Kite one)', () => {
    const entries = { outdir: D, script: 'client-runtime/main.ts', styles: 'client-runtime/styles.css', groups: { 'kite-lazy:client-runtime/lazy/table.ts': ['q-badge'] } };
    expect(() => manifestFromMetafile(metafile, entries)).toThrow(/<q-badge> is the tag of both/);
  });
});

describe('planChunks', () => {
  const D = 'dist';
  const lazy = (module: string) => `${LAZY_NAMESPACE}:${module}`;
  const output = (imports: string[], entryPoint?: string, inputs: string[] = []) => ({
    bytes: 1,
    inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 1 }])),
    exports: [],
    imports: imports.map((path) => ({ path, kind: 'import-statement' })),
    ...(entryPoint ? { entryPoint } : {}),
  });
  const metafile = {
    inputs: {
      'lazy/common.ts': { bytes: 1, imports: [{ path: 'q/QInput.js', kind: 'import-statement' }] },
      'lazy/overlay.ts': { bytes: 1, imports: [{ path: 'q/QMenu.js', kind: 'import-statement' }] },
      'lazy/select.ts': { bytes: 1, imports: [{ path: 'q/QSelect.js', kind: 'import-statement' }] },
    },
    outputs: {
      [`${D}/main.js`]: output([`${D}/chunk-CORE.js`], 'main.ts'),
      [`${D}/chunk-CORE.js`]: output([], undefined, ['vue.js']),
      [`${D}/common.js`]: output([`${D}/chunk-FIELD.js`, `${D}/chunk-CORE.js`], lazy('lazy/common.ts'), ['q/QInput.js']),
      [`${D}/overlay.js`]: output([`${D}/chunk-MENU.js`, `${D}/chunk-NODES.js`], lazy('lazy/overlay.ts')),
      [`${D}/select.js`]: output([`${D}/chunk-FIELD.js`, `${D}/chunk-MENU.js`], lazy('lazy/select.ts'), ['q/QSelect.js']),
      [`${D}/QTree.js`]: output([`${D}/chunk-NODES.js`], lazy('q/QTree.js')),
      [`${D}/QSpinner.js`]: output([`${D}/chunk-CORE.js`], lazy('q/QSpinner.js')),
      [`${D}/chunk-FIELD.js`]: output([], undefined, ['q/use-field.js']),
      [`${D}/chunk-MENU.js`]: output([`${D}/chunk-NODES.js`], undefined, ['q/QMenu.js']),
      [`${D}/chunk-NODES.js`]: output([], undefined, ['q/nodes.js']),
    },
  } as unknown as Metafile;
  const plan = planChunks(metafile, 'main.ts', 'lazy/common.ts', ['lazy/common.ts', 'lazy/overlay.ts', 'lazy/select.ts']);

  it('makes a module sharing code with the hub reach it, and one using a group component reach that group', () => {
    expect(plan.get('lazy/select.ts')).toEqual(['lazy/common.ts', 'lazy/overlay.ts']);
  });

  it('leaves the hub, modules sharing only utilities, and modules sharing nothing alone', () => {
    expect(plan.get('lazy/common.ts')).toBeUndefined();
    expect(plan.get('lazy/overlay.ts')).toBeUndefined();
    expect(plan.get('q/QTree.js')).toBeUndefined();
    expect(plan.get('q/QSpinner.js')).toBeUndefined();
  });

  it('fails when a group is not lazily loaded', () => {
    expect(() => planChunks(metafile, 'main.ts', 'lazy/common.ts', ['lazy/nope.ts'])).toThrow(/nope/);
  });
});

describe('lazyChunksShareRuntime', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps what the runtime and lazy modules share in the runtime chunk, and group code in the group chunk', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kite-chunks-'));
    const files: Record<string, string> = {
      'main.js': "import { start } from './app.js';\nstart();",
      'app.js': "import { util } from './util.js';\nexport const start = () => [util(), import('./group.js'), import('./a.js'), import('./b.js')];",
      'util.js': 'export const util = () => 1;\nexport const lazyOnly = () => 2;',
      'group.js': "import { lazyOnly } from './util.js';\nimport { field } from './field.js';\nexport default [lazyOnly, field];",
      'field.js': 'export const field = () => 3;',
      'a.js': "import { field } from './field.js';\nexport default field;",
      'b.js': "import { lazyOnly } from './util.js';\nexport default lazyOnly;",
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    const run = (plan?: ReadonlyMap<string, readonly string[]>) =>
      build({
        absWorkingDir: dir,
        entryPoints: ['main.js'],
        outdir: 'out',
        bundle: true,
        splitting: true,
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
        plugins: [lazyChunksShareRuntime({ root: dir!, runtime: join(dir!, 'app.js'), plan })],
      });
    const chunkOf = (metafile: Metafile, input: string) => Object.keys(metafile.outputs).find((f) => input in metafile.outputs[f]!.inputs);

    const first = (await run()).metafile;
    expect(chunkOf(first, 'util.js')).toBe(chunkOf(first, 'app.js'));
    expect(chunkOf(first, 'field.js')).not.toBe(chunkOf(first, `${LAZY_NAMESPACE}:group.js`));

    const plan = planChunks(first, 'main.js', 'group.js', ['group.js']);
    expect(plan.get('a.js')).toEqual(['group.js']);
    const second = (await run(plan)).metafile;
    expect(chunkOf(second, 'util.js')).toBe(chunkOf(second, 'app.js'));
    expect(chunkOf(second, 'field.js')).toBe(chunkOf(second, 'group.js'));
  });
});

describe('deferQTableParts', () => {
  const quasar = new URL('../../node_modules/quasar/src/components/', import.meta.url);

  it("patches the installed QTable: no static QSelect, QVirtualScroll or virtual scroll module, the prop names inlined", async () => {
    const [qtable, virtualScroll] = await Promise.all([
      readFile(new URL('table/QTable.js', quasar), 'utf8'),
      readFile(new URL('virtual-scroll/use-virtual-scroll.js', quasar), 'utf8'),
    ]);
    const patched = deferQTableParts(qtable, virtualScroll, '/abs/components.ts');
    expect(patched).not.toMatch(/from '\.\.\/select\/QSelect\.js'|QVirtualScroll\.js'|use-virtual-scroll\.js'/);
    expect(patched).toContain(`const QSelect = __kiteComponents.deferred('q-select')`);
    expect(patched).toContain(`const QVirtualScroll = __kiteComponents.deferred('q-virtual-scroll')`);
    expect(patched).toMatch(/const commonVirtScrollPropsList = \["virtualScrollSliceSize",.*"tableColspan"\]/);
    expect(patched.startsWith('import { components as __kiteComponents } from "/abs/components.ts"')).toBe(true);
  });

  it('fails loudly when Quasar changed what it patches', () => {
    expect(() => deferQTableParts("import QSelect from '../select/QSelect.js'\n", 'const commonVirtScrollProps = {\n  a: 1\n}', 'x')).toThrow(/QVirtualScroll/);
    expect(() => deferQTableParts('', 'nothing here', 'x')).toThrow(/commonVirtScrollProps/);
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
