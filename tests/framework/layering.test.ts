import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.parentPath.includes('dist'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Every import specifier of a file: relative ones resolved to repository paths, packages as named. */
async function importsOf(file: string): Promise<string[]> {
  const text = await readFile(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => {
    const spec = m[1]!;
    return spec.startsWith('.') ? relative(root, join(root, file, '..', spec)) : spec;
  });
}

async function violations(dir: string, allowed: (target: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const file of await sources(dir)) for (const target of await importsOf(file)) if (!allowed(target)) found.push(`${file} -> ${target}`);
  return found;
}

const nodeBuiltin = (t: string) => t.startsWith('node:');

/** The import directions of ARCHITECTURE.md section 2, checked on the source text. */
describe('framework layering', () => {
  it('the protocol imports nothing of ours and nothing of Node or the DOM', async () => {
    expect(await violations('framework/protocol', (t) => t.startsWith('framework/protocol/'))).toEqual([]);
  });

  it('the core never imports the server, ws, Express or the elements', async () => {
    const allowed = (t: string) => t.startsWith('framework/core/') || t.startsWith('framework/protocol/') || nodeBuiltin(t);
    expect(await violations('framework/core', allowed)).toEqual([]);
  });

  it('elements build on the core only', async () => {
    const allowed = (t: string) =>
      ['framework/core/', 'framework/protocol/', 'framework/elements/'].some((p) => t.startsWith(p)) ||
      ['marked', 'sanitize-html', 'path-to-regexp', 'echarts'].includes(t) ||
      t.startsWith('highlight.js/lib/');
    expect(await violations('framework/elements', allowed)).toEqual([]);
  });

  it('the browser runtime imports only the protocol, Vue and Quasar', async () => {
    const allowed = (t: string) =>
      t.startsWith('client-runtime/') || t.startsWith('framework/protocol/') || t === 'vue' || t.startsWith('quasar') || t.startsWith('@quasar/') || t.startsWith('echarts/') ||
      // highlight.js's themes, as stylesheet text (the code is highlighted on the server).
      t.startsWith('highlight.js/styles/') ||
      // The page authors' components: a module the build generates (build/vue-sfc.ts).
      t === 'kite:components';
    const runtime = (await violations('client-runtime', allowed)).filter((v) => !v.startsWith('client-runtime/build'));
    expect(runtime).toEqual([]);
  });

  it('the app uses the framework only through its public index', async () => {
    const privateFramework = (await violations('app', (t) => !t.startsWith('framework/') || t === 'framework/index.js')).filter(Boolean);
    expect(privateFramework).toEqual([]);
  });

  it('the API and the screens never import each other', async () => {
    expect(await violations('app/ui', (t) => !t.startsWith('app/api/'))).toEqual([]);
    expect(await violations('app/api', (t) => !t.startsWith('app/ui/'))).toEqual([]);
  });
});
