import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Relative import targets of a file, resolved to repository paths. */
async function importsOf(file: string): Promise<string[]> {
  const text = await readFile(join(root, file), 'utf8');
  return [...text.matchAll(/from\s+['"](\.[^'"]+)['"]/g)].map((m) => relative(root, join(root, file, '..', m[1] as string)));
}

async function violations(dir: string, forbidden: string[], except: string[] = []): Promise<string[]> {
  const found: string[] = [];
  for (const file of await sources(dir)) {
    if (except.includes(file)) continue;
    for (const target of await importsOf(file)) {
      if (forbidden.some((prefix) => target.startsWith(prefix))) found.push(`${file} -> ${target}`);
    }
  }
  return found;
}

/** The import rules of ARCHITECTURE.md section 5, checked on the source text. */
describe('layering', () => {
  it('openapi/ never imports the app (only the write.ts entry script hands the app\'s routes over)', async () => {
    expect(await violations('openapi', ['app/'], ['openapi/write.ts'])).toEqual([]);
  });

  it('policies are pure: they import nothing of ours', async () => {
    expect(await importsOf('app/policies.ts')).toEqual([]);
  });

  it('services never reach up into the API', async () => {
    expect(await violations('app/services', ['app/api/', 'app/ui/'])).toEqual([]);
  });

  it('repositories and models know nothing of services or the API', async () => {
    expect(await violations('app/repositories', ['app/services/', 'app/api/'])).toEqual([]);
    expect(await violations('app/models', ['app/services/', 'app/api/', 'app/repositories/'])).toEqual([]);
  });

  it('core depends on no layer above it', async () => {
    expect(await violations('app/core', ['app/services/', 'app/api/', 'app/repositories/', 'app/policies'])).toEqual([]);
  });
});
