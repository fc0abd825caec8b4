import { describe, expect, it } from 'vitest';
import type { ElementSpec } from '../../../framework/protocol/messages.js';
import { pageAssets, type BuildManifest } from '../../../framework/server/assets.js';

const manifest: BuildManifest = {
  script: 'main.js',
  styles: ['kite.css'],
  preload: ['runtime.js'],
  components: { 'q-table': ['table.js'], 'q-select': ['select.js', 'overlay.js'], 'q-btn': ['runtime.js'] },
};

const preloads = (elements: ElementSpec[]): string[] => pageAssets(manifest, '/_ui', elements).preload;

describe('pageAssets', () => {
  it('preloads the chunks of the components on the page, each once', () => {
    expect(preloads([{ id: 1, tag: 'q-btn' }, { id: 2, tag: 'q-btn' }, { id: 3, tag: 'div' }])).toEqual(['/_ui/runtime.js']);
  });

  it("preloads what a paginated table's first render needs besides the table itself", () => {
    expect(preloads([{ id: 1, tag: 'q-table' }])).toEqual(['/_ui/runtime.js', '/_ui/table.js', '/_ui/select.js', '/_ui/overlay.js']);
  });

  it('does not preload the select for a table without pagination controls', () => {
    expect(preloads([{ id: 1, tag: 'q-table', p: { hidePagination: true } }])).toEqual(['/_ui/runtime.js', '/_ui/table.js']);
  });

  it('points at the entry script and stylesheets under the mount path', () => {
    const assets = pageAssets(manifest, '/_ui', []);
    expect(assets.script).toBe('/_ui/main.js');
    expect(assets.styles).toEqual(['/_ui/kite.css']);
  });
});
