import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { createSSRApp, h, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { rewriteQuasarImports, type QuasarImportMap } from '../../../client-runtime/build/quasar-imports.js';
import { compileSfc, SfcError, vueSfc } from '../../../client-runtime/build/vue-sfc.js';

const ROOT = join(import.meta.dirname, '../../..');
const EXAMPLE = 'examples/components/color-swatch.vue';

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

/** A folder with these files (under test-output, so that bundles can import the project's Vue). */
async function folder(files: Record<string, string>): Promise<string> {
  await mkdir(join(ROOT, 'test-output'), { recursive: true });
  const dir = await mkdtemp(join(ROOT, 'test-output', 'sfc-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

describe('compileSfc', () => {
  it('inlines the template as a render function, declares props and emits from the types, and scopes the styles', async () => {
    const { code, loader, css } = compileSfc(await readFile(join(ROOT, EXAMPLE), 'utf8'), EXAMPLE, '12345678');
    expect(loader).toBe('ts');
    expect(code).toContain('emits: ["change"]');
    expect(code).toMatch(/props: \{\s*color: \{\},/);
    expect(code).toContain('_createElementBlock("div"');
    expect(code).not.toMatch(/template:|compile\(/);
    expect(code).toContain('__component.__scopeId = "data-v-12345678"');
    expect(css).toContain('.swatch[data-v-12345678]');
  });

  it('rejects a broken file naming the file, line and column', () => {
    const broken = '<script setup lang="ts">\nconst n: number = 1;\n</script>\n\n<template>\n  <div>{{ n }</div>\n</template>\n';
    expect(() => compileSfc(broken, 'components/broken.vue', 'x')).toThrow(SfcError);
    expect(() => compileSfc(broken, 'components/broken.vue', 'x')).toThrow(/^components\/broken\.vue:6:\d+: .*interpolation/i);
    expect(() => compileSfc('<script setup>\nconst = 1\n</script>', 'bad-script.vue', 'x')).toThrow(/^bad-script\.vue:2:\d+: .*Unexpected token/);
  });

  it('says what is not supported', () => {
    expect(() => compileSfc('<template><div/></template>', 'a.vue', 'x')).toThrow(/a\.vue: a Kite component needs a <script setup> block/);
    expect(() => compileSfc('<script setup lang="tsx">const a = 1</script>', 'b.vue', 'x')).toThrow(/b\.vue: <script lang="tsx"> is not supported/);
    expect(() => compileSfc('<script setup>const a = 1</script><style lang="scss">a{}</style>', 'c.vue', 'x')).toThrow(/plain CSS only/);
  });
});

describe('vueSfc', () => {
  const components = { 'k-color-swatch': EXAMPLE };

  it('bundles a component that renders its props and scope attribute', async () => {
    const out = await folder({});
    await build({
      absWorkingDir: ROOT,
      entryPoints: { swatch: EXAMPLE },
      outdir: out,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      external: ['vue'],
      logLevel: 'silent',
      plugins: [vueSfc({ root: ROOT, components })],
    });
    const swatch = ((await import(pathToFileURL(join(out, 'swatch.mjs')).href)) as { default: Component }).default;
    const html = await renderToString(createSSRApp({ render: () => h(swatch, { color: '#1e88e5', palette: ['#e53935', '#1e88e5'] }) }));
    expect(html).toMatch(/<div class="sample" style="background:#1e88e5;color:#fff;" data-v-[0-9a-f]{8}>#1e88e5<\/div>/);
    expect(html).toContain('aria-label="Pick #e53935"');
    expect(html).toMatch(/class="choice chosen"[^>]*aria-label="Pick #1e88e5"/);
  });

  it('provides a loader per component and the styles of each and of the .vue files it imports', async () => {
    const dir = await folder({
      'parent.vue': '<script setup>\nimport Child from "./child.vue";\n</script>\n<template><Child /></template>\n<style>.parent { color: red }</style>\n',
      'child.vue': '<script setup>\nconst text = "x";\n</script>\n<template><b class="child">{{ text }}</b></template>\n<style scoped>.child { color: blue }</style>\n',
      'entry.js': 'import components from "kite:components"; export default components;',
      'entry.css': '@import "kite:components.css";',
    });
    const result = await build({
      absWorkingDir: dir,
      entryPoints: ['entry.js', 'entry.css'],
      outdir: 'out',
      bundle: true,
      format: 'esm',
      splitting: true,
      write: false,
      external: ['vue'],
      logLevel: 'silent',
      plugins: [vueSfc({ root: dir, components: { 'k-parent': 'parent.vue' } })],
    });
    const text = (name: string) => result.outputFiles.find((file) => file.path.endsWith(name))!.text;
    expect(text('entry.js')).toMatch(/"k-parent": \(\) => import\("\.\/parent-[A-Z0-9]+\.js"\)/);
    expect(text('entry.css')).toMatch(/\.parent \{\s*color: red;?\s*\}/);
    expect(text('entry.css')).toMatch(/\.child\[data-v-[0-9a-f]{8}\] \{/);
  });

  it("applies the transform to compiled modules: Quasar's components by name become deep imports", async () => {
    const dir = await folder({ 'with-button.vue': '<script setup lang="ts">\nimport { QBtn } from "quasar";\n</script>\n<template><QBtn label="Go" /></template>\n' });
    const importMap = JSON.parse(await readFile(join(ROOT, 'node_modules/quasar/dist/transforms/import-map.json'), 'utf8')) as QuasarImportMap;
    const result = await build({
      absWorkingDir: dir,
      entryPoints: ['with-button.vue'],
      bundle: true,
      write: false,
      format: 'esm',
      external: ['vue', 'quasar/*'],
      logLevel: 'silent',
      plugins: [vueSfc({ root: dir, components: {}, transform: (code) => rewriteQuasarImports(code, importMap) })],
    });
    expect(result.outputFiles[0]!.text).toContain('from "quasar/src/components/btn/QBtn.js"');
  });

  it('fails the build with the compile error', async () => {
    const dir = await folder({ 'broken.vue': '<script setup>\n</script>\n<template><div></template>\n', 'entry.js': 'import "./broken.vue";' });
    const run = build({ absWorkingDir: dir, entryPoints: ['entry.js'], bundle: true, write: false, external: ['vue'], logLevel: 'silent', plugins: [vueSfc({ root: dir, components: {} })] });
    await expect(run).rejects.toThrow(/broken\.vue:3:\d+: Element is missing end tag/);
  });
});
