import { describe, expect, it } from 'vitest';
import { Markdown, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.markdown', () => {
  it('renders markdown on the server, written indented in a template string', async () => {
    const user = await openPage(() =>
      ui.markdown(`
        # Title

        Some *emphasis* and a [link](https://example.com).

        | a | b |
        |---|---|
        | 1 | 2 |
      `),
    );
    const md = user.find({ kind: Markdown });
    const shown = md.prop('innerHTML') as string;
    expect(shown).toContain('<h1>Title</h1>');
    expect(shown).toContain('<em>emphasis</em>');
    expect(shown).toContain('<a href="https://example.com">link</a>');
    expect(shown).toContain('<td>1</td>');
    expect(md.classes).toContain('k-markdown');
  });

  it('strips script, event handlers and javascript: links from the rendered HTML', async () => {
    const user = await openPage(() =>
      ui.markdown('Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(2))'),
    );
    const shown = user.find({ kind: Markdown }).prop('innerHTML') as string;
    expect(shown).toContain('Hi');
    expect(shown).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('re-renders when the content changes', async () => {
    const user = await openPage(() => {
      const md = ui.markdown('**draft**');
      ui.button('Publish', () => (md.content = '**published**'));
    });
    await user.find('Publish').click();
    expect(user.find({ kind: Markdown }).prop('innerHTML')).toContain('<strong>published</strong>');
  });

  it('keeps raw HTML only when sanitizing is turned off explicitly', async () => {
    const user = await openPage(() => ui.markdown('<span onclick="go()">x</span>', { sanitize: false }));
    expect(user.find({ kind: Markdown }).prop('innerHTML')).toContain('onclick="go()"');
  });
});
