import { posix } from 'node:path';
import type { Metafile } from 'esbuild';

/** What the server reads to write a page's `<script>`, stylesheet and modulepreload links. */
export interface Manifest {
  /** The entry module. */
  script: string;
  styles: string[];
  /** Chunks the entry imports statically: every page needs them. */
  preload: string[];
  /**
   * Per component tag, the chunks it needs beyond the entry's (its own chunk first); an empty
   * list for components already in the entry's chunks. Tags not listed are plain HTML.
   */
  components: Record<string, string[]>;
}

export interface ManifestEntries {
  /** Output directory as it appears in the metafile (relative to the build's working directory). */
  outdir: string;
  /** Entry points as they appear in the metafile, e.g. `client-runtime/main.ts`. */
  script: string;
  styles: string;
  /** Lazily loaded modules not named after their one component (groups, page authors' components): entry point as in the metafile -> their tags. */
  groups?: Readonly<Record<string, readonly string[]>>;
}

/** `QBtnDropdown.js` -> `q-btn-dropdown`: lazily loaded component modules are named after their component. */
export function tagOfModule(path: string): string | undefined {
  const name = posix.basename(path).replace(/\.[jt]s$/, '');
  return /^[QK][A-Z]/.test(name) ? name.replace(/\B([A-Z])/g, '-$1').toLowerCase() : undefined;
}

/** The transitive static imports of a chunk, in the order they are first reached. */
export function staticClosure(outputs: Metafile['outputs'], file: string, seen = new Set<string>()): Set<string> {
  for (const imported of outputs[file]?.imports ?? []) {
    if (imported.kind !== 'import-statement' || imported.external || seen.has(imported.path)) continue;
    seen.add(imported.path);
    staticClosure(outputs, imported.path, seen);
  }
  return seen;
}

/**
 * Derives the manifest from esbuild's metafile: entry, stylesheet and each component's chunks.
 * A lazily loaded chunk needs its static imports and, when the chunk that imports it is itself
 * lazily loaded (a component listed in the catalog), that chunk and its imports too.
 */
export function manifestFromMetafile(metafile: Metafile, entries: ManifestEntries): Manifest {
  const outputs = metafile.outputs;
  const relative = (file: string): string => posix.relative(entries.outdir, file);
  const outputOf = (entryPoint: string, extension: string): string => {
    const file = Object.keys(outputs).find((f) => outputs[f]!.entryPoint === entryPoint && f.endsWith(extension));
    if (!file) throw new Error(`no ${extension} output for ${entryPoint} in the metafile`);
    return file;
  };
  const dynamicImporters = new Map<string, string[]>();
  for (const [file, output] of Object.entries(outputs))
    for (const imported of output.imports)
      if (imported.kind === 'dynamic-import' && !imported.external)
        dynamicImporters.set(imported.path, [...(dynamicImporters.get(imported.path) ?? []), file]);

  const script = outputOf(entries.script, '.js');
  const styles = outputOf(entries.styles, '.css');
  const preloaded = staticClosure(outputs, script);
  const onEveryPage = (file: string): boolean => file === script || preloaded.has(file);
  /** A lazily loaded chunk, its static imports, and the same for the lazy chunk that loads it. */
  const needed = (file: string, into = new Set<string>()): Set<string> => {
    if (onEveryPage(file) || into.has(file)) return into;
    into.add(file);
    for (const imported of staticClosure(outputs, file)) if (!onEveryPage(imported)) into.add(imported);
    const importer = dynamicImporters.get(file)?.find((f) => !onEveryPage(f));
    if (importer) needed(importer, into);
    return into;
  };

  const components: Record<string, string[]> = {};
  const owners = new Map<string, string>();
  for (const [file, output] of Object.entries(outputs)) {
    if (!output.entryPoint || !file.endsWith('.js') || file === script) continue;
    const tags = entries.groups?.[output.entryPoint] ?? [tagOfModule(output.entryPoint)].filter((t) => t !== undefined);
    for (const tag of tags) {
      const owner = owners.get(tag);
      if (owner !== undefined && owner !== output.entryPoint) throw new Error(`<${tag}> is the tag of both ${owner} and ${output.entryPoint}`);
      owners.set(tag, output.entryPoint);
      components[tag] = [...needed(file)].map(relative);
    }
  }
  for (const file of [script, ...preloaded])
    for (const input of Object.keys(outputs[file]?.inputs ?? {})) {
      const tag = tagOfModule(input);
      if (tag) components[tag] ??= [];
    }
  return {
    script: relative(script),
    styles: [relative(styles)],
    preload: [...preloaded].map(relative),
    components: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The files a page with these tags loads before it renders (entry, preloads, component chunks). */
export function firstLoadFiles(manifest: Manifest, tags: Iterable<string>): string[] {
  const files = new Set([manifest.script, ...manifest.preload]);
  for (const tag of tags) for (const file of manifest.components[tag] ?? []) files.add(file);
  return [...files];
}
