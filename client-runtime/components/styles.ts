/**
 * Adds a component's stylesheet to the page when its chunk loads, so that its CSS costs nothing
 * on pages without it. A constructed stylesheet is no inline `<style>`: it works under a
 * Content-Security-Policy without `style-src 'unsafe-inline'`.
 */
export function adoptStyles(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
