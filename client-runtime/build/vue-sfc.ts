import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { compileScript, compileStyle, parse, registerTS, type CompilerError } from 'vue/compiler-sfc';

/** The module listing the page authors' components (tag -> loader), imported by lazy/catalog.ts. */
export const COMPONENTS_MODULE = 'kite:components';
/** The stylesheet of their `<style>` blocks, imported by styles.css: they are served with the page's CSS. */
export const COMPONENT_STYLES = 'kite:components.css';

// `defineProps<Props>()` may name a type imported from another file: the compiler reads it with TypeScript.
registerTS(() => createRequire(import.meta.url)('typescript'));

export interface CompiledSfc {
  /** The component module (TypeScript when the script is), its default export the component. */
  code: string;
  loader: 'ts' | 'js';
  /** Its `<style>` blocks, compiled (scoped ones limited to the component). */
  css: string;
  /** The `.vue` files it imports (as written), whose styles come along. */
  vueImports: string[];
}

/** A compile error naming the file, line and column, and what is wrong. */
export class SfcError extends Error {
  override name = 'SfcError';
}

/** `file:line:column: message` from Vue's compiler errors (`loc.start`) and Babel's (`loc`). */
function where(filename: string, error: CompilerError | SyntaxError | string): string {
  if (typeof error === 'string') return `${filename}: ${error}`;
  const loc = (error as { loc?: { start?: { line: number; column: number }; line?: number; column?: number } }).loc;
  const at = loc?.start ?? loc;
  return at?.line === undefined ? `${filename}: ${error.message}` : `${filename}:${at.line}:${at.column}: ${error.message}`;
}

/**
 * Compiles one single-file component: `<script setup>` (TypeScript or not) with its template
 * inlined as a render function (no template compiler in the browser, no eval), and plain CSS
 * `<style>` blocks, scoped or not. `id` makes its scope attribute (`data-v-<id>`).
 */
export function compileSfc(source: string, filename: string, id: string): CompiledSfc {
  const { descriptor, errors } = parse(source, { filename });
  if (errors.length) throw new SfcError(where(filename, errors[0]!));
  const setup = descriptor.scriptSetup;
  if (!setup) throw new SfcError(`${filename}: a Kite component needs a <script setup> block`);
  const lang = setup.lang ?? descriptor.script?.lang;
  if (lang !== undefined && lang !== 'ts') throw new SfcError(`${filename}: <script lang="${lang}"> is not supported (use lang="ts" or plain JavaScript)`);
  const scopeId = `data-v-${id}`;
  let script: ReturnType<typeof compileScript>;
  try {
    script = compileScript(descriptor, { id, isProd: true, inlineTemplate: true, genDefaultAs: '__component', sourceMap: false });
  } catch (error) {
    throw new SfcError(where(filename, error as CompilerError));
  }
  let css = '';
  for (const style of descriptor.styles) {
    if (style.lang && style.lang !== 'css') throw new SfcError(`${filename}: <style lang="${style.lang}"> is not supported (plain CSS only)`);
    if (style.module) throw new SfcError(`${filename}: <style module> is not supported (use scoped)`);
    const result = compileStyle({ source: style.content, filename, id: scopeId, scoped: style.scoped, isProd: true });
    if (result.errors.length) throw new SfcError(where(filename, result.errors[0]!));
    css += result.code;
  }
  const scoped = descriptor.styles.some((style) => style.scoped);
  const code = [script.content, ...(scoped ? [`__component.__scopeId = ${JSON.stringify(scopeId)};`] : []), 'export default __component;'].join('\n');
  const vueImports = Object.values(script.imports ?? {})
    .map((binding) => binding.source)
    .filter((path) => path.startsWith('.') && path.endsWith('.vue'));
  return { code, loader: lang === 'ts' ? 'ts' : 'js', css, vueImports: [...new Set(vueImports)] };
}

export interface VueSfcOptions {
  /** The build's working directory: scope ids come from paths relative to it. */
  root: string;
  /** The page authors' components: tag -> `.vue` path relative to root (see author-components.ts). */
  components: Readonly<Record<string, string>>;
  /** Applied to each compiled module (e.g. Quasar's deep imports). */
  transform?: (code: string) => string;
}

/**
 * Compiles `.vue` files in the client build, and provides `kite:components` (a loader per
 * author component, each its own chunk: lazy/catalog.ts adds them to the catalog) and
 * `kite:components.css` (their styles, and those of the `.vue` files they import).
 */
export function vueSfc(options: VueSfcOptions): Plugin {
  const compiled = new Map<string, Promise<CompiledSfc>>();
  const compile = (path: string): Promise<CompiledSfc> => {
    let pending = compiled.get(path);
    if (!pending) {
      const name = relative(options.root, path).split('\\').join('/');
      const id = createHash('sha256').update(name).digest('hex').slice(0, 8);
      pending = readFile(path, 'utf8').then((source) => compileSfc(source, name, id));
      compiled.set(path, pending);
    }
    return pending;
  };
  const paths = Object.values(options.components).map((path) => resolve(options.root, path));

  return {
    name: 'vue-sfc',
    setup(build) {
      build.onLoad({ filter: /\.vue$/ }, async (args) => {
        try {
          const { code, loader } = await compile(args.path);
          return { contents: options.transform ? options.transform(code) : code, loader, resolveDir: dirname(args.path) };
        } catch (error) {
          return { errors: [{ text: error instanceof Error ? error.message : String(error) }] };
        }
      });
      build.onResolve({ filter: /^kite:components(\.css)?$/ }, (args) => ({ path: args.path, namespace: 'kite-components' }));
      build.onLoad({ filter: /.*/, namespace: 'kite-components' }, async (args) => {
        if (args.path === COMPONENTS_MODULE) {
          const loaders = Object.entries(options.components).map(([tag, path]) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(resolve(options.root, path))}),`);
          return { contents: `export default {\n${loaders.join('\n')}\n};\n`, loader: 'js', resolveDir: options.root };
        }
        const css: string[] = [];
        const seen = new Set<string>();
        const collect = async (path: string): Promise<void> => {
          if (seen.has(path)) return;
          seen.add(path);
          const sfc = await compile(path);
          css.push(sfc.css);
          for (const imported of sfc.vueImports) await collect(join(dirname(path), imported));
        };
        try {
          for (const path of paths) await collect(path);
        } catch (error) {
          return { errors: [{ text: error instanceof Error ? error.message : String(error) }] };
        }
        return { contents: css.join('\n'), loader: 'css', resolveDir: options.root };
      });
    },
  };
}
