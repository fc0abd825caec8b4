/**
 * Builds the browser runtime: `tsx client-runtime/build.ts [--if-stale]`.
 * Output: hashed ES modules (entry + shared chunks + one chunk per lazily loaded component),
 * one stylesheet with its fonts, and manifest.json for the server's script and preload links.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { firstLoadFiles, manifestFromMetafile, type Manifest } from './build/manifest.js';
import { quasarDeepImports, type QuasarImportMap } from './build/quasar-imports.js';
import { lazyComponentsShareCore } from './build/shared-core.js';
import { isStale } from './build/stale.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTDIR = 'client-runtime/dist';
const SCRIPT_ENTRY = 'client-runtime/main.ts';
const STYLES_ENTRY = 'client-runtime/styles.css';
const SOURCES = ['client-runtime', 'framework/protocol', 'package-lock.json'];
/** Tags of the example counter page and of a typical page of common elements, for the size report. */
const COUNTER_PAGE = ['q-layout', 'q-page-container', 'q-page', 'q-btn'];
const COMMON_PAGE = [...COUNTER_PAGE, 'q-header', 'q-toolbar', 'q-toolbar-title', 'q-card', 'q-card-section', 'q-input', 'q-icon', 'q-separator'];

const require = createRequire(import.meta.url);

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

async function buildRuntime(): Promise<Manifest> {
  const quasarVersion = (await readJson<{ version: string }>(require.resolve('quasar/package.json'))).version;
  const importMap = await readJson<QuasarImportMap>(require.resolve('quasar/dist/transforms/import-map.json'));
  await rm(join(ROOT, OUTDIR), { recursive: true, force: true });
  const result = await build({
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
    legalComments: 'eof',
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    loader: { '.woff2': 'file', '.woff': 'file' },
    define: {
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      'process.env.NODE_ENV': '"production"',
      __QUASAR_VERSION__: JSON.stringify(quasarVersion),
      __QUASAR_SSR__: 'false',
      __QUASAR_SSR_SERVER__: 'false',
      __QUASAR_SSR_CLIENT__: 'false',
      __QUASAR_SSR_PWA__: 'false',
    },
    plugins: [quasarDeepImports(importMap), lazyComponentsShareCore(join(ROOT, 'client-runtime/core.ts'))],
    metafile: true,
    logLevel: 'warning',
  });
  if (Object.keys(result.metafile.inputs).some((input) => input.endsWith('quasar/dist/quasar.client.js')))
    throw new Error("Quasar's main entry got into the bundle: import components by name from 'quasar' only");
  const manifest = manifestFromMetafile(result.metafile, { outdir: OUTDIR, script: SCRIPT_ENTRY, styles: STYLES_ENTRY });
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
  console.log(await line(`common page first load (${COMMON_PAGE.length} tags)`, firstLoadFiles(manifest, COMMON_PAGE)));
  console.log(await line(`all component chunks (${Object.keys(manifest.components).length} tags)`, componentFiles));
  console.log(await line('stylesheet', manifest.styles));
}

const started = Date.now();
if (process.argv.includes('--if-stale') && !(await isStale(join(ROOT, OUTDIR, 'manifest.json'), SOURCES.map((s) => join(ROOT, s))))) {
  console.log('kite client runtime is up to date');
} else {
  const manifest = await buildRuntime();
  await report(manifest, Date.now() - started);
}
