import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { neededTags } from '../framework/protocol/tags.js';
import { defaultAssetsDir, type BuildManifest } from '../framework/server/assets.js';
import { startLocalServer } from './local-server.js';
import type { PageSetName } from './pages.js';
import type { Benchmark, Report, Row } from './report.js';
import { loadPage } from './tab.js';

const KB = 1024;
const gzip = (content: Buffer): number => gzipSync(content, { level: 9 }).length;

/** The pages measured: page set, path, and the name the figures are printed under. */
const PAGES: readonly (readonly [PageSetName, string, string])[] = [
  ['counter', '/', 'counter'],
  ['admin', '/', 'admin'],
  ['admin', '/paged', 'admin-paged'],
  ['form30', '/', 'form30'],
];

/**
 * First-load JavaScript and CSS of a page, gzipped at level 9: the files the page loads before
 * its first render according to the build manifest (entry + preloads + the component chunks of
 * the tags its boot tree needs, including those a component shows only in some configurations,
 * such as the rows-per-page select of a table with pagination controls).
 */
export const firstLoad: Benchmark = {
  name: 'first-load',
  title: 'first-load JS and CSS, gzip level 9',
  async run(): Promise<Report> {
    const manifestFile = join(defaultAssetsDir, 'manifest.json');
    if (!existsSync(manifestFile)) return { rows: [], notes: [`skipped: ${manifestFile} is missing; run \`npm run build\` first`] };
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BuildManifest;
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const [set, path, pages] of PAGES) {
      const tags = await pageTags(set, path);
      const js = new Set([manifest.script, ...manifest.preload]);
      for (const tag of tags) for (const file of manifest.components[tag] ?? []) js.add(file);
      const jsSize = sizes([...js]);
      rows.push(
        { metric: `${pages}: JS gzipped`, value: jsSize.gzip / KB, unit: 'KB', budget: '<= 60 KB' },
        { metric: `${pages}: JS raw`, value: jsSize.raw / KB, unit: 'KB' },
        { metric: `${pages}: JS gzipped as one file (lower bound)`, value: jsSize.gzipConcatenated / KB, unit: 'KB' },
        { metric: `${pages}: JS files`, value: js.size },
      );
      notes.push(`${pages}: tags ${tags.join(' ')}`);
      /** Each file beyond the entry's, with the tags that need it (a group chunk serves many). */
      const byFile = [...js]
        .filter((file) => file !== manifest.script && !manifest.preload.includes(file))
        .map((file) => ({ file, gzip: sizes([file]).gzip, tags: tags.filter((tag) => manifest.components[tag]?.includes(file)) }))
        .sort((a, b) => b.gzip - a.gzip);
      const tagList = (t: string[]): string => (t.length > 3 ? `${t.slice(0, 3).join(' ')} +${t.length - 3}` : t.join(' '));
      if (byFile.length)
        notes.push(`${pages}: beyond the entry: ${byFile.map((f) => `${(f.gzip / KB).toFixed(1)} KB for ${tagList(f.tags)}`).join(', ')}`);
    }
    const cssSize = sizes(manifest.styles);
    rows.push(
      { metric: 'CSS gzipped (one stylesheet, every page)', value: cssSize.gzip / KB, unit: 'KB' },
      { metric: 'CSS raw', value: cssSize.raw / KB, unit: 'KB' },
    );
    notes.push(
      `entry + preloads alone: ${(sizes([manifest.script, ...manifest.preload]).gzip / KB).toFixed(1)} KB gzipped; fonts are not counted`,
      'each file gzipped on its own (as served with Content-Encoding: gzip), sizes summed; "as one file" gzips them concatenated',
    );
    return { rows, notes };
  },
};

/** The tags the page's real boot tree needs before its first render, read from the HTML a server sends. */
async function pageTags(pages: PageSetName, path: string): Promise<string[]> {
  const app = await startLocalServer(pages, defaultAssetsDir);
  try {
    const { boot } = await loadPage(app.url, path);
    return [...neededTags(boot.elements)].sort();
  } finally {
    await app.stop();
  }
}

function sizes(files: readonly string[]): { raw: number; gzip: number; gzipConcatenated: number } {
  const contents = files.map((file) => readFileSync(join(defaultAssetsDir, file)));
  return {
    raw: contents.reduce((n, c) => n + c.length, 0),
    gzip: contents.reduce((n, c) => n + gzip(c), 0),
    gzipConcatenated: gzip(Buffer.concat(contents)),
  };
}
