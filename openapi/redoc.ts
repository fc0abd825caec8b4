import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The one external URL in the redoc 2.5.4 bundle: the side-menu logo. Replaced by an empty local SVG. */
const CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const EMPTY_SVG = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';

let bundle: Promise<string> | undefined;

/** The standalone bundle with its CDN logo rewritten; read once, on first use. */
export function redocBundle(): Promise<string> {
  bundle ??= readFile(createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js'), 'utf8').then(
    (source) => source.replaceAll(CDN_LOGO, EMPTY_SVG),
  );
  return bundle;
}

/** The page has no inline script, so it works under `Content-Security-Policy: script-src 'self'`. */
export function redocPage(options: { title: string; bundleUrl: string; initUrl: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
</head>
<body>
<div id="redoc"></div>
<script src="${escapeHtml(options.bundleUrl)}"></script>
<script src="${escapeHtml(options.initUrl)}"></script>
</body>
</html>
`;
}

export function redocInitScript(specUrl: string): string {
  return `Redoc.init(${JSON.stringify(specUrl)}, {}, document.getElementById('redoc'));\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
