import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { rewriteBundle } from '../../openapi/redoc.js';

describe('rewriteBundle', () => {
  it('moves an inline blob worker to a served URL and unescapes its source', () => {
    const bundle = String.raw`a();var w=new Worker(URL.createObjectURL(new Blob(['self.x=\'q\';\nvar s="\u00e9\\";'])),{name:"w"});b();`;
    const { bundle: rewritten, searchWorker } = rewriteBundle(bundle, '/redoc/search.worker.js');
    expect(rewritten).toBe('a();var w=new Worker("/redoc/search.worker.js",{name:"w"});b();');
    expect(searchWorker).toBe(`self.x='q';\nvar s="\u00e9\\";`);
  });

  it('leaves a bundle without that worker as it is (apart from the logo)', () => {
    const bundle = 'logo("https://cdn.redoc.ly/redoc/logo-mini.svg")';
    expect(rewriteBundle(bundle, '/w.js')).toEqual({ bundle: expect.stringMatching(/^logo\("data:image\/svg\+xml,/), searchWorker: null });
  });

  it('handles the installed redoc 2.5.4 bundle: no CDN URL, no blob worker, and a worker source that parses', async () => {
    const path = createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js');
    const { bundle, searchWorker } = rewriteBundle(await readFile(path, 'utf8'), '/redoc/search.worker.js');
    expect(bundle).not.toContain('cdn.redoc.ly');
    expect(bundle).not.toContain('URL.createObjectURL(new Blob([');
    expect(bundle).toContain('new Worker("/redoc/search.worker.js"');
    expect(searchWorker).toMatch(/^\/\*! For license information/);
    // Compiles as a script (not run): the unescaping produced valid JavaScript.
    expect(() => new Function(searchWorker ?? 'syntax error')).not.toThrow();
  });
});
