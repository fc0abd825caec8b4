import type { Plugin } from 'esbuild';

/**
 * esbuild splits code by the set of entry points that reach each file, so the internals shared
 * by the core and some lazy components would scatter into dozens of tiny chunks, each gzipped
 * on its own. Making every lazily imported Quasar module (components, the Notify plugin) also reach the core module gives
 * all of the core one and the same set: it lands in a single chunk.
 */
export function lazyComponentsShareCore(coreModule: string): Plugin {
  return {
    name: 'lazy-components-share-core',
    setup(build) {
      build.onResolve({ filter: /^quasar\/src\// }, (args) =>
        args.kind === 'dynamic-import' ? { path: args.path, namespace: 'kite-lazy', pluginData: args.resolveDir } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'kite-lazy' }, (args) => ({
        contents: `export { default } from ${JSON.stringify(args.path)};\nexport * as core from ${JSON.stringify(coreModule)};\n`,
        resolveDir: args.pluginData as string,
        loader: 'js',
      }));
    },
  };
}
