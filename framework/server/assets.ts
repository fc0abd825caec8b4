import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KiteError } from '../core/errors.js';
import type { ElementSpec } from '../protocol/messages.js';
import { neededTags } from '../protocol/tags.js';
import type { ShellAssets } from './shell.js';

/** What the client build writes to `dist/manifest.json`; file names are relative to dist. */
export interface BuildManifest {
  script: string;
  styles: string[];
  preload: string[];
  components: Record<string, string[]>;
}

export const defaultAssetsDir = fileURLToPath(new URL('../../client-runtime/dist', import.meta.url));

export function readManifest(dir: string): BuildManifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file))
    throw new KiteError(`the client runtime is not built (${file} is missing): run \`npm run build\``);
  return JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
}

/**
 * The stylesheets, entry script and modulepreloads for a page that uses these elements: the
 * chunks of every component its first render needs, including those a component renders only in
 * some configurations (a paginated table's select), so none is fetched a round trip late.
 */
export function pageAssets(manifest: BuildManifest, base: string, elements: readonly ElementSpec[]): ShellAssets {
  const preload = new Set(manifest.preload);
  for (const tag of neededTags(elements)) for (const file of manifest.components[tag] ?? []) preload.add(file);
  return {
    script: `${base}/${manifest.script}`,
    styles: manifest.styles.map((f) => `${base}/${f}`),
    preload: [...preload].map((f) => `${base}/${f}`),
  };
}
