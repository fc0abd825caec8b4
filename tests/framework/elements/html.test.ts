import { describe, expect, it } from 'vitest';
import { Html, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

const EVIL = '<p class="note">ok</p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a><b style="position:fixed">b</b>';

describe('ui.html', () => {
  it('sanitizes by default: no script, no event handler attributes, no javascript: links, no styles', async () => {
    const user = await openPage(() => ui.html(EVIL));
    const html = user.find({ kind: Html });
    const shown = html.prop('innerHTML') as string;
    expect(html.spec.tag).toBe('div');
    expect(shown).toContain('<p class="note">ok</p>');
    expect(shown).toContain('<img src="x" />');
    expect(shown).not.toMatch(/script|onerror|javascript|style/i);
  });

  it('sanitizes new content and innerHTML set through props', async () => {
    let html!: Html;
    const user = await openPage(() => {
      html = ui.html('<i>first</i>');
      ui.button('Change', () => (html.content = '<u>second</u><script>x()</script>'));
    });
    await user.find('Change').click();
    const shown = user.find({ kind: Html });
    expect(shown.prop('innerHTML')).toBe('<u>second</u>');
    expect(html.content).toBe('<u>second</u><script>x()</script>');
    html.props({ innerHTML: '<svg onload=alert(1)></svg>' });
    await user.settle();
    expect(shown.prop('innerHTML')).toBe('');
  });

  it('keeps everything only with an explicit opt-out, in the tag asked for', async () => {
    const user = await openPage(() => ui.html('<span onclick="go()">trusted</span>', { sanitize: false, tag: 'section' }));
    const html = user.find({ kind: Html });
    expect(html.spec.tag).toBe('section');
    expect(html.prop('innerHTML')).toBe('<span onclick="go()">trusted</span>');
  });
});
