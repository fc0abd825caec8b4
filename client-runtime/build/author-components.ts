import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Where page authors list their Vue components: `{ "k-color-swatch": "examples/components/color-swatch.vue" }`. */
export const COMPONENTS_FILE = 'kite.components.json';

/** Tag -> `.vue` path relative to the project root. */
export type AuthorComponents = Readonly<Record<string, string>>;

const TAG = /^k-[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads and checks the components file; none means no author components. */
export async function readAuthorComponents(root: string, file = COMPONENTS_FILE): Promise<AuthorComponents> {
  const text = await readFile(resolve(root, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${file}: expected an object of tag -> .vue path, e.g. { "k-color-swatch": "components/color-swatch.vue" }`);
  const components: Record<string, string> = {};
  for (const [tag, path] of Object.entries(parsed)) {
    if (!TAG.test(tag)) throw new Error(`${file}: "${tag}" is not a component tag: k- then lowercase words joined by -, e.g. k-color-swatch`);
    if (typeof path !== 'string' || !path.endsWith('.vue')) throw new Error(`${file}: "${tag}" must name a .vue file`);
    if (!(await stat(resolve(root, path)).catch(() => undefined))?.isFile()) throw new Error(`${file}: "${tag}": there is no file ${path}`);
    components[tag] = path;
  }
  return components;
}

/** What the stale check watches for them: the list, and each component's folder (where what it imports lives). */
export function authorSources(components: AuthorComponents): string[] {
  return [COMPONENTS_FILE, ...new Set(Object.values(components).map((path) => dirname(path)))];
}
