import type { BootState } from '../protocol/messages.js';
import { colorDeclarations, themeOf } from '../protocol/theme.js';

export interface ShellAssets {
  /** URL of the runtime's entry module, e.g. `/_ui/static/main-3F2A1B.js`. */
  script: string;
  /** URLs of the stylesheets (Quasar, icons, fonts, runtime). */
  styles: string[];
  /** URLs of modules to preload (the entry's static imports and the page's components). */
  preload: string[];
}

/** Escapes JSON for a `<script type="application/json">` block: no `</script>`, no `<!--`. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The first HTML response: the whole tree as JSON inside the page (rendered at once, no second
 * round trip) and the runtime as a same-origin module. No inline script, so it runs under
 * `Content-Security-Policy: script-src 'self'`. A dark page and its brand colours are in the
 * markup itself, so the browser never paints it light or in the default colours first.
 */
export function renderShell(title: string, boot: BootState, assets: ShellAssets): string {
  const theme = themeOf(boot.elements);
  const colors = colorDeclarations(theme.colors);
  const links = [
    ...assets.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    ...assets.preload.map((href) => `<link rel="modulepreload" href="${escapeHtml(href)}">`),
  ].join('\n    ');
  return `<!doctype html>
<html lang="en"${colors ? ` style="${escapeHtml(colors)}"` : ''}>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:,">
    ${links}
  </head>
  <body${theme.dark === true ? ' class="body--dark"' : ''}>
    <div id="kite-app"></div>
    <script type="application/json" id="kite-boot">${escapeJsonForHtml(JSON.stringify(boot))}</script>
    <script type="module" src="${escapeHtml(assets.script)}"></script>
  </body>
</html>
`;
}

/** The policy every page is served with; `connect-src 'self'` covers the same-origin websocket. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
].join('; ');
