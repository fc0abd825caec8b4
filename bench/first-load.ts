import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultAssetsDir, type BuildManifest } from '../framework/server/assets.js';
import { startLocalServer } from './local-server.js';
import type { PageSetName } from './pages.js';
import type { Benchmark, Report, Row } from './report.js';
import { loadPage } from './tab.js';

const KB = 1024;
const gzip = (content: Buffer): number => gzipSync(content, { level: 9 }).length;

/**
 * First-load JavaScript and CSS of a page, gzipped at level 9: the files the page loads according
 * to the build manifest (entry + preloads + the component chunks of the tags in its boot tree).
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
    for (const pages of ['counter', 'form30'] as const) {
      const tags = await pageTags(pages);
      const js = new Set([manifest.script, ...manifest.preload]);
      for (const tag of tags) for (const file of manifest.components[tag] ?? []) js.add(file);
      const jsSize = sizes([...js]);
      const cssSize = sizes(manifest.styles);
      rows.push(
        { metric: `${pages}: JS gzipped`, value: jsSize.gzip / KB, unit: 'KB', budget: '<= 60 KB' },
        { metric: `${pages}: JS raw`, value: jsSize.raw / KB, unit: 'KB' },
        { metric: `${pages}: JS gzipped as one file (lower bound)`, value: jsSize.gzipConcatenated / KB, unit: 'KB' },
        { metric: `${pages}: JS files`, value: js.size },
        { metric: `${pages}: CSS gzipped`, value: cssSize.gzip / KB, unit: 'KB' },
        { metric: `${pages}: CSS raw`, value: cssSize.raw / KB, unit: 'KB' },
      );
      notes.push(`${pages}: tags ${tags.join(' ')}`);
      const byTag = tags
        .map((tag) => ({ tag, gzip: sizes(manifest.components[tag] ?? []).gzip }))
        .filter((t) => t.gzip > 0)
        .sort((a, b) => b.gzip - a.gzip);
      if (byTag.length) notes.push(`${pages}: beyond the entry, per tag (shared chunks counted for each tag): ${byTag.map((t) => `${t.tag} ${(t.gzip / KB).toFixed(1)} KB`).join(', ')}`);
    }
    notes.push(
      `entry + preloads alone: ${(sizes([manifest.script, ...manifest.preload]).gzip / KB).toFixed(1)} KB gzipped; fonts are not counted`,
      'each file gzipped on its own (as served with Content-Encoding: gzip), sizes summed; "as one file" gzips them concatenated',
    );
    return { rows, notes };
  },
};

/** The tags of the page's real boot tree, read from the HTML a server sends. */
async function pageTags(pages: PageSetName): Promise<string[]> {
  const app = await startLocalServer(pages, defaultAssetsDir);
  try {
    const { boot } = await loadPage(app.url);
    return [...new Set(boot.elements.map((e) => e.tag))].sort();
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
