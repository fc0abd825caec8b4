/**
 * Builds the browser runtime: `tsx client-runtime/build.ts [--if-stale] [--outdir <dir>] [--metafile <file>]`.
 * Output: hashed ES modules (a stub entry and one chunk with Vue, Quasar's core and the runtime;
 * a chunk per group of components; the catalog and a chunk per other component; a few shared
 * chunks), one stylesheet with its fonts, a brotli and a gzip variant of each script and
 * stylesheet (served to browsers that accept them), and manifest.json for the server's script and
 * preload links. See tags.ts for what loads where and build/chunking.ts for how.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { authorSources, readAuthorComponents, type AuthorComponents } from './build/author-components.js';
import { LAZY_NAMESPACE, lazyChunksShareRuntime, planChunks, type ChunkPlan } from './build/chunking.js';
import { writeCompressedVariants } from './build/compress.js';
import { firstLoadFiles, manifestFromMetafile, type Manifest } from './build/manifest.js';
import { quasarDeepImports, rewriteQuasarImports, type QuasarImportMap } from './build/quasar-imports.js';
import { quasarPatches } from './build/quasar-patches.js';
import { isStale } from './build/stale.js';
import { vueSfc } from './build/vue-sfc.js';
import { CORE_TAGS, GROUPS, HUB } from './tags.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** `--outdir <dir>` (relative to the repository) builds elsewhere, e.g. to compare builds without touching the served one. */
const OUTDIR = option('--outdir') ?? 'client-runtime/dist';
const SCRIPT_ENTRY = 'client-runtime/main.ts';
/** What every lazily loaded chunk re-exports, so that all of it stays in one chunk (build/chunking.ts). */
const RUNTIME_MODULE = 'client-runtime/app.ts';
const COMPONENTS_MODULE = 'client-runtime/components.ts';
/** The module of a group of components (tags.ts). */
const groupModule = (name: string): string => `client-runtime/lazy/${name}.ts`;
const STYLES_ENTRY = 'client-runtime/styles.css';
const SOURCES = ['client-runtime', 'framework/protocol', 'package-lock.json'];
/** Tags of the example counter page and of a page of common admin elements, for the size report (bench/pages.ts has the pages). */
const COUNTER_PAGE = ['q-layout', 'q-page-container', 'q-page', 'q-btn'];
const ADMIN_PAGE = [
  ...COUNTER_PAGE,
  ...['q-header', 'q-drawer', 'q-footer', 'q-icon', 'q-space', 'q-separator'],
  ...['q-card', 'q-card-section', 'q-card-actions', 'q-input', 'q-checkbox', 'q-table'],
];

const require = createRequire(import.meta.url);

/** The value after a command-line flag: `--metafile <file>` writes esbuild's metafile for analysis. */
function option(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

async function buildRuntime(authorComponents: AuthorComponents): Promise<Manifest> {
  const quasarVersion = (await readJson<{ version: string }>(require.resolve('quasar/package.json'))).version;
  const importMap = await readJson<QuasarImportMap>(require.resolve('quasar/dist/transforms/import-map.json'));
  // One instance for both passes, so that each .vue file is compiled once.
  const sfc = vueSfc({ root: ROOT, components: authorComponents, transform: (code) => rewriteQuasarImports(code, importMap) });
  const options = (plan?: ChunkPlan): BuildOptions & { metafile: true } => ({
    absWorkingDir: ROOT,
    entryPoints: { main: SCRIPT_ENTRY, kite: STYLES_ENTRY },
    outdir: OUTDIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    // License comments go to a .LEGAL.txt file next to each chunk, linked from a comment at its end.
    legalComments: 'linked',
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    loader: { '.woff2': 'file', '.woff': 'file' },
    define: {
      // Quasar's components and the runtime use the Composition API only.
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      'process.env.NODE_ENV': '"production"',
      __QUASAR_VERSION__: JSON.stringify(quasarVersion),
      __QUASAR_SSR__: 'false',
      __QUASAR_SSR_SERVER__: 'false',
      __QUASAR_SSR_CLIENT__: 'false',
      __QUASAR_SSR_PWA__: 'false',
    },
    plugins: [
      quasarDeepImports(importMap),
      quasarPatches(join(ROOT, COMPONENTS_MODULE)),
      lazyChunksShareRuntime({ root: ROOT, runtime: join(ROOT, RUNTIME_MODULE), plan }),
      sfc,
    ],
    metafile: true,
    logLevel: 'warning',
  });
  // First pass (in memory): which lazy modules share code with the hub or use a group's
  // components; the second makes them load those, so the code stays in their chunks (build/chunking.ts).
  const probe = await build({ ...options(), write: false });
  const plan = planChunks(probe.metafile, SCRIPT_ENTRY, groupModule(HUB), Object.keys(GROUPS).map(groupModule));
  await rm(join(ROOT, OUTDIR), { recursive: true, force: true });
  const result = await build(options(plan));
  if (Object.keys(result.metafile.inputs).some((input) => input.endsWith('quasar/dist/quasar.client.js')))
    throw new Error("Quasar's main entry got into the bundle: import components by name from 'quasar' only");
  const metafile = option('--metafile');
  if (metafile) await writeFile(metafile, JSON.stringify(result.metafile));
  const manifest = manifestFromMetafile(result.metafile, {
    outdir: OUTDIR,
    script: SCRIPT_ENTRY,
    styles: STYLES_ENTRY,
    groups: Object.fromEntries([
      ...Object.entries(GROUPS).map(([name, tags]) => [`${LAZY_NAMESPACE}:${groupModule(name)}`, tags]),
      ...Object.entries(authorComponents).map(([tag, path]) => [`${LAZY_NAMESPACE}:${path}`, [tag]]),
    ]),
  });
  const missing = [...CORE_TAGS, ...Object.values(GROUPS).flat(), ...Object.keys(authorComponents)].filter((tag) => !manifest.components[tag]);
  if (missing.length) throw new Error(`the manifest has no chunks for ${missing.join(', ')}`);
  // Before the manifest: a build is complete (and not stale) only once its compressed variants exist.
  await writeCompressedVariants(join(ROOT, OUTDIR));
  await writeFile(join(ROOT, OUTDIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

async function sizeOf(files: string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = await readFile(join(ROOT, OUTDIR, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function report(manifest: Manifest, ms: number): Promise<void> {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const line = async (label: string, files: string[]): Promise<string> => {
    const { raw, gzip } = await sizeOf(files);
    return `  ${label.padEnd(44)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gz  (${files.length} files)`;
  };
  const componentFiles = [...new Set(Object.values(manifest.components).flat())];
  console.log(`kite client runtime built in ${ms} ms -> ${OUTDIR}`);
  console.log(await line('entry + static imports', [manifest.script, ...manifest.preload]));
  console.log(await line(`counter page first load (${COUNTER_PAGE.length} tags)`, firstLoadFiles(manifest, COUNTER_PAGE)));
  console.log(await line(`admin page first load (${ADMIN_PAGE.length} tags)`, firstLoadFiles(manifest, ADMIN_PAGE)));
  console.log(await line(`counter page with a chart (k-echart)`, firstLoadFiles(manifest, [...COUNTER_PAGE, 'k-echart'])));
  console.log(await line(`all component chunks (${Object.keys(manifest.components).length} tags)`, componentFiles));
  console.log(await line('stylesheet', manifest.styles));
}

const started = Date.now();
const authorComponents = await readAuthorComponents(ROOT);
const sources = [...SOURCES, ...authorSources(authorComponents)];
if (process.argv.includes('--if-stale') && !(await isStale(join(ROOT, OUTDIR, 'manifest.json'), sources.map((s) => join(ROOT, s))))) {
  console.log('kite client runtime is up to date');
} else {
  const manifest = await buildRuntime(authorComponents);
  await report(manifest, Date.now() - started);
}
