/**
 * The gallery: every element of Kite working, one page per group, each demo next to its source.
 * `npx tsx examples/gallery.ts`, then open http://localhost:8080 (or `PORT`).
 * Demos live in examples/gallery/<group>.ts; see examples/gallery/demo.ts to add one.
 */
import { run, type RunOptions, type RunningApp } from '../framework/index.js';
import { groups } from './gallery/groups.js';
import { serveMedia } from './gallery/media.js';
import { registerGallery } from './gallery/pages.js';

export { groups };

registerGallery(groups);

/** Serves the gallery (its pages are on the default pages) and its media. */
export async function startGallery(options: RunOptions = {}): Promise<RunningApp> {
  const app = await run(options);
  serveMedia(app.app);
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = await startGallery({ host: '0.0.0.0' });
  console.log(`Gallery on ${app.url.replace('0.0.0.0', 'localhost')}`);
}
