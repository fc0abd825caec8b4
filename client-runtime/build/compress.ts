import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The encodings the build writes next to each script and stylesheet, with their file suffix. */
const ENCODINGS = { br: '.br', gzip: '.gz' } as const;
type Encoding = keyof typeof ENCODINGS;

/** Files worth compressing: text. Fonts (woff2) are compressed already. */
const COMPRESSIBLE = /\.(js|css)$/;

const compressors: Record<Encoding, (content: Buffer) => Promise<Buffer>> = {
  br: (content) =>
    promisify(brotliCompress)(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
  gzip: (content) => promisify(gzip)(content, { level: 9 }),
};

/**
 * Writes `x.js.br` and `x.js.gz` next to every script and stylesheet of the build, at the highest
 * levels (the files are immutable, so they are compressed once here rather than per request).
 * A variant that would not be smaller than the file is not written. Returns the variants written.
 */
export async function writeCompressedVariants(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => COMPRESSIBLE.test(name));
  const written = await Promise.all(
    files.map(async (name) => {
      const content = await readFile(join(dir, name));
      const variants = await Promise.all(
        (Object.keys(ENCODINGS) as Encoding[]).map(async (encoding) => {
          const compressed = await compressors[encoding](content);
          if (compressed.length >= content.length) return undefined;
          const variant = name + ENCODINGS[encoding];
          await writeFile(join(dir, variant), compressed);
          return variant;
        }),
      );
      return variants.filter((v) => v !== undefined);
    }),
  );
  return written.flat();
}
