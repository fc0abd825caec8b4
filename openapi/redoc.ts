import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The one external URL in the redoc 2.5.4 bundle: the side-menu logo. Replaced by an empty local SVG. */
const CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const EMPTY_SVG = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';

/**
 * The bundle starts its search worker from a blob: URL, which `script-src 'self'` forbids. We serve the
 * worker's source as a file instead and point the bundle at it.
 */
const WORKER_BLOB_START = "URL.createObjectURL(new Blob(['";
const WORKER_BLOB_END = "']))";

export interface RedocAssets {
  bundle: string;
  /** The search worker's source, or null when this redoc version is not laid out as expected (search then needs blob:). */
  searchWorker: string | null;
}

let source: Promise<string> | undefined;
const assets = new Map<string, Promise<RedocAssets>>();

/** The standalone bundle, rewritten for the given worker URL; read once and cached. */
export function redocAssets(workerUrl: string): Promise<RedocAssets> {
  source ??= readFile(createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js'), 'utf8');
  let cached = assets.get(workerUrl);
  if (!cached) {
    cached = source.then((text) => rewriteBundle(text, workerUrl));
    assets.set(workerUrl, cached);
  }
  return cached;
}

export function rewriteBundle(text: string, workerUrl: string): RedocAssets {
  const withLogo = text.replaceAll(CDN_LOGO, EMPTY_SVG);
  const start = withLogo.indexOf(WORKER_BLOB_START);
  const literalStart = start + WORKER_BLOB_START.length;
  const literalEnd = start < 0 ? -1 : endOfSingleQuoted(withLogo, literalStart);
  if (literalEnd < 0 || !withLogo.startsWith(WORKER_BLOB_END, literalEnd)) return { bundle: withLogo, searchWorker: null };
  return {
    bundle: withLogo.slice(0, start) + JSON.stringify(workerUrl) + withLogo.slice(literalEnd + WORKER_BLOB_END.length),
    searchWorker: unescapeJs(withLogo.slice(literalStart, literalEnd)),
  };
}

/** Index of the quote closing a single-quoted JS string whose body starts at `from`, or -1. */
function endOfSingleQuoted(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === "'") return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

function unescapeJs(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_match, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.length > 1 && (escape[0] === 'u' || escape[0] === 'x')) return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape === '\n' || escape === '\r\n' || escape === '\r') return '';
    return SIMPLE_ESCAPES[escape] ?? escape;
  });
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
