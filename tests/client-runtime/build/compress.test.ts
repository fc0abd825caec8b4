import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCompressedVariants } from '../../../client-runtime/build/compress.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kite-compress-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeCompressedVariants', () => {
  it('writes a brotli and a gzip variant of each script and stylesheet that decode to the file', async () => {
    const script = 'export function greet(name) { return `hello ${name}`; }\n'.repeat(100);
    const styles = '.q-btn { padding: 4px 16px; }\n'.repeat(100);
    await writeFile(join(dir, 'chunk-A1.js'), script);
    await writeFile(join(dir, 'kite-B2.css'), styles);
    const written = await writeCompressedVariants(dir);
    expect(written.sort()).toEqual(['chunk-A1.js.br', 'chunk-A1.js.gz', 'kite-B2.css.br', 'kite-B2.css.gz']);
    expect(brotliDecompressSync(await readFile(join(dir, 'chunk-A1.js.br'))).toString()).toBe(script);
    expect(gunzipSync(await readFile(join(dir, 'kite-B2.css.gz'))).toString()).toBe(styles);
  });

  it('leaves fonts, the manifest and files too small to gain alone', async () => {
    await writeFile(join(dir, 'roboto.woff2'), Buffer.alloc(4096, 1));
    await writeFile(join(dir, 'manifest.json'), '{}'.repeat(500));
    await writeFile(join(dir, 'main-C3.js'), 'import"./a.js"');
    expect(await writeCompressedVariants(dir)).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['main-C3.js', 'manifest.json', 'roboto.woff2']);
  });
});
