import { posix, relative, resolve } from 'node:path';
import type { Metafile, Plugin } from 'esbuild';
import { staticClosure } from './manifest.js';

/** Namespace of the modules that stand in for every dynamically imported module. */
export const LAZY_NAMESPACE = 'kite-lazy';

export interface ChunkingOptions {
  /** The build's working directory: stand-in modules are named by their target's path relative to it. */
  root: string;
  /** The runtime's root module (absolute path). */
  runtime: string;
  /** What each lazily loaded module (path relative to root) also reaches, from `planChunks`. */
  plan?: ChunkPlan;
}

/** The other lazily loaded modules (paths relative to root) whose stand-ins a lazily loaded module's stand-in also reaches. */
export type ChunkPlan = ReadonlyMap<string, readonly string[]>;

/**
 * esbuild assigns each module to one chunk by the set of entry points (the entry and every
 * dynamically imported module) that reach it, so code shared by the runtime and some lazy
 * components would scatter into dozens of tiny chunks, each gzipped on its own. Every dynamic
 * import goes through a stand-in that re-exports the real module and also reaches the runtime:
 * everything the runtime reaches (Vue, Quasar's core, the runtime itself) then has one and the
 * same set and lands in a single chunk. A stand-in may also reach the stand-ins of other lazy
 * modules (the hub, a group whose components it uses; see `planChunks`): the code they share
 * then lands in those modules' chunks rather than in small chunks of its own.
 */
export function lazyChunksShareRuntime(options: ChunkingOptions): Plugin {
  return {
    name: 'lazy-chunks-share-runtime',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${LAZY_NAMESPACE}:`) }, (args) => ({ path: args.path.slice(LAZY_NAMESPACE.length + 1), namespace: LAZY_NAMESPACE }));
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.namespace === LAZY_NAMESPACE || args.pluginData === LAZY_NAMESPACE) return undefined;
        const target = await build.resolve(args.path, { kind: 'dynamic-import', importer: args.importer, resolveDir: args.resolveDir, pluginData: LAZY_NAMESPACE });
        if (target.errors.length) return { errors: target.errors };
        return { path: posix.normalize(relative(options.root, target.path).split('\\').join('/')), namespace: LAZY_NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: LAZY_NAMESPACE }, (args) => {
        const target = resolve(options.root, args.path);
        const reached = [options.runtime, ...(options.plan?.get(args.path) ?? []).map((module) => `${LAZY_NAMESPACE}:${module}`)];
        return {
          contents: [
            `export { default } from ${JSON.stringify(target)};`,
            ...reached.map((module, i) => `export * as __kite${i} from ${JSON.stringify(module)};`),
          ].join('\n'),
          resolveDir: options.root,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * Plans, from a first build where stand-ins reach only the runtime, what each lazily loaded
 * module's stand-in should also reach in the second build (paths relative to the root):
 * - the hub, when it shares code with the hub, so that code lands in the hub's chunk;
 * - a group, when it uses one of the group's components (QSelect opens a QMenu), so those
 *   components stay in the group's chunk.
 * Reaching another lazily loaded module means reaching its stand-in, so what it reaches comes
 * along. Code that lazy modules share otherwise (small internal utilities) stays in small chunks.
 */
export function planChunks(metafile: Metafile, entry: string, hub: string, groups: readonly string[]): ChunkPlan {
  const { inputs, outputs } = metafile;
  const lazyOutput = new Map<string, string>();
  let script: string | undefined;
  for (const [file, output] of Object.entries(outputs)) {
    if (!file.endsWith('.js') || !output.entryPoint) continue;
    if (output.entryPoint === entry) script = file;
    else if (output.entryPoint.startsWith(`${LAZY_NAMESPACE}:`)) lazyOutput.set(output.entryPoint.slice(LAZY_NAMESPACE.length + 1), file);
  }
  if (!script) throw new Error(`no output for ${entry} in the metafile`);
  for (const group of [hub, ...groups]) if (!lazyOutput.has(group)) throw new Error(`the group ${group} is not lazily loaded`);
  const everyPage = new Set([script, ...staticClosure(outputs, script)]);
  /** The chunks a lazy module loads beyond the entry's, apart from its own. */
  const sharedChunks = new Map([...lazyOutput].map(([module, file]) => [module, [...staticClosure(outputs, file)].filter((f) => !everyPage.has(f))]));
  const modulesOf = (chunk: string): string[] => Object.keys(outputs[chunk]?.inputs ?? {}).filter((input) => !input.includes(':'));
  /** A group's components: the modules its module imports. */
  const componentsOf = new Map(groups.map((group) => [group, new Set((inputs[group]?.imports ?? []).map((i) => i.path))]));
  const hubChunks = new Set(sharedChunks.get(hub));

  const plan = new Map<string, string[]>();
  for (const [module, chunks] of sharedChunks) {
    if (module === hub) continue; // the hub loads nothing but the runtime
    const usesComponentOf = (group: string): boolean => chunks.some((chunk) => modulesOf(chunk).some((m) => componentsOf.get(group)!.has(m)));
    const reached = [
      ...(chunks.some((chunk) => hubChunks.has(chunk)) ? [hub] : []),
      ...groups.filter((group) => group !== hub && group !== module && usesComponentOf(group)),
    ];
    if (reached.length) plan.set(module, reached);
  }
  return plan;
}
