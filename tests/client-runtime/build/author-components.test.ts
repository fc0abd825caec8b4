import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authorSources, COMPONENTS_FILE, readAuthorComponents } from '../../../client-runtime/build/author-components.js';
import { isStale } from '../../../client-runtime/build/stale.js';

describe('readAuthorComponents', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kite-components-'));
    await writeFile(join(dir, 'swatch.vue'), '<script setup></script>');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const list = (content: string) => writeFile(join(dir, COMPONENTS_FILE), content);

  it('reads tag -> .vue path, and nothing without the file', async () => {
    expect(await readAuthorComponents(dir)).toEqual({});
    await list('{ "k-swatch": "swatch.vue" }');
    expect(await readAuthorComponents(dir)).toEqual({ 'k-swatch': 'swatch.vue' });
  });

  it.each([
    ['{ "k-swatch": ', /kite\.components\.json: .*JSON/],
    ['["swatch.vue"]', /expected an object of tag -> \.vue path/],
    ['{ "swatch": "swatch.vue" }', /"swatch" is not a component tag/],
    ['{ "k-Swatch": "swatch.vue" }', /"k-Swatch" is not a component tag/],
    ['{ "k-swatch": "swatch.ts" }', /"k-swatch" must name a \.vue file/],
    ['{ "k-swatch": "missing.vue" }', /"k-swatch": there is no file missing\.vue/],
  ])('explains what is wrong with %s', async (content, error) => {
    await list(content);
    await expect(readAuthorComponents(dir)).rejects.toThrow(error);
  });

  it('makes the build stale when the list, a component or a file beside it changes', async () => {
    await mkdir(join(dir, 'ui'));
    await writeFile(join(dir, 'ui', 'swatch.vue'), '<script setup></script>');
    await writeFile(join(dir, 'ui', 'helper.ts'), 'export const x = 1;');
    await list('{ "k-swatch": "ui/swatch.vue" }');
    const sources = authorSources(await readAuthorComponents(dir)).map((source) => join(dir, source));
    expect(sources).toEqual([join(dir, COMPONENTS_FILE), join(dir, 'ui')]);
    const manifest = join(dir, 'manifest.json');
    await writeFile(manifest, '{}');
    for (const file of [COMPONENTS_FILE, 'ui/swatch.vue', 'ui/helper.ts']) await utimes(join(dir, file), 1000, 1000);
    await utimes(manifest, 2000, 2000);
    expect(await isStale(manifest, sources)).toBe(false);
    for (const file of [COMPONENTS_FILE, 'ui/swatch.vue', 'ui/helper.ts']) {
      await utimes(join(dir, file), 3000, 3000);
      expect(await isStale(manifest, sources)).toBe(true);
      await utimes(join(dir, file), 1000, 1000);
    }
  });
});
