import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SKIPPED_DIRS = new Set(['dist', 'node_modules']);

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** True when `target` is missing or older than any file under `sources` (build outputs skipped). */
export async function isStale(target: string, sources: string[]): Promise<boolean> {
  const built = await stat(target).catch(() => undefined);
  if (!built) return true;
  for (const source of sources) if ((await newestMtime(source)) > built.mtimeMs) return true;
  return false;
}
