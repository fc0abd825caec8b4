import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { neededTags } from '../framework/protocol/tags.js';
import { defaultAssetsDir, type BuildManifest } from '../framework/server/assets.js';
import { startLocalServer } from './local-server.js';
import type { PageSetName } from './pages.js';
import type { Benchmark, Report, Row } from './report.js';
import { loadPage } from './tab.js';

const KB = 1024;
const STATIC = '/_ui/static/';

/** The pages measured: page set, path, and the name the figures are printed under. */
const PAGES: readonly (readonly [PageSetName, string, string])[] = [
  ['counter', '/', 'counter'],
  ['admin', '/', 'admin'],
  ['admin', '/paged', 'admin-paged'],
  ['form30', '/', 'form30'],
];

/** Bytes of each file as the server sends them: raw, with `Accept-Encoding: gzip`, and with `br`. */
interface Served {
  raw: number;
  gzip: number;
  br: number;
}

/**
 * First-load JavaScript and CSS of a page as the server sends it: the files the page loads before
 * its first render according to the build manifest (entry + preloads + the component chunks of
 * the tags its boot tree needs, including those a component shows only in some configurations,
 * such as the rows-per-page select of a table with pagination controls), each GET from a real
 * server with the build, once per encoding, the bytes of the response bodies summed.
 */
export const firstLoad: Benchmark = {
  name: 'first-load',
  title: 'first-load JS and CSS as served (gzip level 9, brotli quality 11)',
  async run(): Promise<Report> {
    const manifestFile = join(defaultAssetsDir, 'manifest.json');
    if (!existsSync(manifestFile)) return { rows: [], notes: [`skipped: ${manifestFile} is missing; run \`npm run build\` first`] };
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BuildManifest;
    const rows: Row[] = [];
    const notes: string[] = [];
    let entry: Served | undefined;
    let css: Served | undefined;
    for (const [set, path, pages] of PAGES) {
      const app = await startLocalServer(set, defaultAssetsDir);
      try {
        const { boot } = await loadPage(app.url, path);
        const tags = [...neededTags(boot.elements)].sort();
        const js = new Set([manifest.script, ...manifest.preload]);
        for (const tag of tags) for (const file of manifest.components[tag] ?? []) js.add(file);
        const files = new Map<string, Served>();
        for (const file of [...js, ...manifest.styles]) files.set(file, await served(app.url, file));
        const total = sum([...js].map((file) => files.get(file)!));
        rows.push(
          { metric: `${pages}: JS gzipped`, value: total.gzip / KB, unit: 'KB', budget: '<= 60 KB' },
          { metric: `${pages}: JS brotli`, value: total.br / KB, unit: 'KB' },
          { metric: `${pages}: JS raw`, value: total.raw / KB, unit: 'KB' },
          { metric: `${pages}: JS gzipped as one file (lower bound)`, value: gzippedTogether([...js]) / KB, unit: 'KB' },
          { metric: `${pages}: JS files`, value: js.size },
        );
        notes.push(`${pages}: tags ${tags.join(' ')}`);
        /** Each file beyond the entry's, with the tags that need it (a group chunk serves many). */
        const byFile = [...js]
          .filter((file) => file !== manifest.script && !manifest.preload.includes(file))
          .map((file) => ({ gzip: files.get(file)!.gzip, tags: tags.filter((tag) => manifest.components[tag]?.includes(file)) }))
          .sort((a, b) => b.gzip - a.gzip);
        const tagList = (t: string[]): string => (t.length > 3 ? `${t.slice(0, 3).join(' ')} +${t.length - 3}` : t.join(' '));
        if (byFile.length)
          notes.push(`${pages}: beyond the entry: ${byFile.map((f) => `${(f.gzip / KB).toFixed(1)} KB for ${tagList(f.tags)}`).join(', ')}`);
        entry ??= sum([manifest.script, ...manifest.preload].map((file) => files.get(file)!));
        css ??= sum(manifest.styles.map((file) => files.get(file)!));
      } finally {
        await app.stop();
      }
    }
    rows.push(
      { metric: 'CSS gzipped (one stylesheet, every page)', value: css!.gzip / KB, unit: 'KB' },
      { metric: 'CSS brotli', value: css!.br / KB, unit: 'KB' },
      { metric: 'CSS raw', value: css!.raw / KB, unit: 'KB' },
    );
    notes.push(
      `entry + preloads alone: ${(entry!.gzip / KB).toFixed(1)} KB gzipped, ${(entry!.br / KB).toFixed(1)} KB brotli; fonts are not counted`,
      'each file GET from the server once per Accept-Encoding (identity, gzip, br), body bytes summed; "as one file" gzips the files concatenated',
    );
    return { rows, notes };
  },
};

async function served(base: string, file: string): Promise<Served> {
  const url = `${base}${STATIC}${file}`;
  const [raw, gzip, br] = await Promise.all([bodyBytes(url, 'identity'), bodyBytes(url, 'gzip'), bodyBytes(url, 'br')]);
  return { raw: raw.bytes, gzip: gzip.bytes, br: br.bytes };
}

/**
 * The response body's size as sent (not decoded). The server may answer uncompressed (a file too
 * small to gain from it has no variant), never with an encoding not asked for.
 */
function bodyBytes(url: string, encoding: string): Promise<{ bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      const sent = response.headers['content-encoding'] ?? 'identity';
      if (response.statusCode !== 200 || (sent !== encoding && sent !== 'identity')) {
        response.resume();
        return reject(new Error(`${url}: ${response.statusCode}, ${sent} for Accept-Encoding: ${encoding}`));
      }
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

const sum = (sizes: Served[]): Served =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br }), { raw: 0, gzip: 0, br: 0 });

const gzippedTogether = (files: string[]): number =>
  gzipSync(Buffer.concat(files.map((file) => readFileSync(join(defaultAssetsDir, file)))), { level: 9 }).length;
