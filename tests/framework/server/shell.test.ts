import { describe, expect, it } from 'vitest';
import type { BootState, ElementSpec } from '../../../framework/protocol/messages.js';
import { renderShell } from '../../../framework/server/shell.js';

const assets = { script: '/_ui/main.js', styles: ['/_ui/kite.css'], preload: [] };
const boot = (elements: ElementSpec[]): BootState => ({
  root: 0,
  elements: [{ id: 0, tag: 'div' }, ...elements],
  client: 'c1',
  token: 't1',
  seq: 0,
  ws: '/_ui/ws',
  build: 'main-TEST.js',
  retention: 300_000,
  heartbeat: 30_000,
});

describe('renderShell', () => {
  it('embeds the tree as JSON that cannot close its script element', () => {
    const html = renderShell('T', boot([{ id: 1, tag: 'div', t: '</script><script>alert(1)</script>' }]), assets);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('serves a plain page with no theme markup', () => {
    const html = renderShell('T', boot([]), assets);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<body>');
  });

  it('marks a dark page dark and sets its brand colours in the markup, before any script', () => {
    const html = renderShell(
      'T',
      boot([
        { id: 1, tag: 'k-dark-mode', v: true },
        { id: 2, tag: 'k-colors', p: { colors: { primary: '#6e3cbc' } } },
      ]),
      assets,
    );
    expect(html).toContain('<html lang="en" style="--q-primary:#6e3cbc">');
    expect(html).toContain('<body class="body--dark">');
  });

  it("leaves 'auto' dark mode to the runtime, which follows the system", () => {
    expect(renderShell('T', boot([{ id: 1, tag: 'k-dark-mode', v: 'auto' }]), assets)).toContain('<body>');
  });
});
