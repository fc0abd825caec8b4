import compression from 'compression';
import express from 'express';
import swaggerUi from 'swagger-ui-express';
import type { OpenApiDocument } from './document.js';
import { redocAssets, redocInitScript, redocPage } from './redoc.js';

export interface DocsOptions {
  document: OpenApiDocument;
  title: string;
}

/**
 * The policy both pages run under, as strict as they allow (measured in Chromium: tests/e2e/docs.test.ts
 * sees no violation). Scripts, workers included, only from here: Swagger UI's init, ReDoc's init and
 * its search worker are served files (no blob:). Styles inline too: Swagger UI's page has a <style>
 * block and style attributes, ReDoc's styled-components inject <style> elements. Images from data:
 * as well: Swagger UI's icons are data: SVGs in its CSS, so are ReDoc's logo and favicon. Connections
 * to here only: the document, Swagger UI's "Try it out" and its token request.
 */
const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves `/openapi.json`, Swagger UI at `/docs` and ReDoc at `/redoc`, every asset from node_modules
 * (nothing from a CDN). Paths are absolute from where the router is mounted. All of it is public
 * and the same for everyone, so it is compressed: the Swagger UI and ReDoc bundles are 1.7 and
 * 1.1 MB as they are.
 */
export function docsRouter(options: DocsOptions): express.Router {
  const router = express.Router();
  router.use(['/openapi.json', '/docs', '/redoc'], compression());
  router.use(['/docs', '/redoc'], (_req, res, next) => {
    res.set({ 'Content-Security-Policy': DOCS_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' });
    next();
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(options.document);
  });
  router.use(
    '/docs',
    swaggerUi.serveFiles(options.document),
    swaggerUi.setup(options.document, { customSiteTitle: `${options.title} - Swagger UI` }),
  );
  const workerUrl = (baseUrl: string) => `${baseUrl}/redoc/search.worker.js`;
  router.get('/redoc/redoc.standalone.js', async (req, res) => {
    const { bundle } = await redocAssets(workerUrl(req.baseUrl));
    res.type('application/javascript').set('Cache-Control', 'public, max-age=86400').send(bundle);
  });
  router.get('/redoc/search.worker.js', async (req, res) => {
    const { searchWorker } = await redocAssets(workerUrl(req.baseUrl));
    if (searchWorker === null) res.status(404).end();
    else res.type('application/javascript').set('Cache-Control', 'public, max-age=86400').send(searchWorker);
  });
  router.get('/redoc/init.js', (req, res) => {
    res.type('application/javascript').send(redocInitScript(`${req.baseUrl}/openapi.json`));
  });
  router.get('/redoc', (req, res) => {
    res.type('html').send(
      redocPage({
        title: `${options.title} - ReDoc`,
        bundleUrl: `${req.baseUrl}/redoc/redoc.standalone.js`,
        initUrl: `${req.baseUrl}/redoc/init.js`,
      }),
    );
  });
  return router;
}
