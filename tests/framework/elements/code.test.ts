import { describe, expect, it } from 'vitest';
import { Code, KiteError, ui } from '../../../framework/index.js';
import { openPage, recordFrames } from './support.js';

describe('ui.code', () => {
  it('highlights on the server: the tab receives highlight.js spans and the language', async () => {
    const user = await openPage(() => ui.code('const answer: number = 42;', { language: 'ts' }));
    const code = user.find({ kind: Code });
    expect(code.spec.tag).toBe('k-code');
    expect(code.prop('language')).toBe('typescript');
    expect(code.prop('innerHTML')).toBe(
      '<span class="hljs-keyword">const</span> <span class="hljs-attr">answer</span>: <span class="hljs-built_in">number</span> = <span class="hljs-number">42</span>;',
    );
    await user.should.see('const answer: number = 42;');
  });

  it('shows code that looks like markup as text: nothing but spans reaches the tab', async () => {
    const evil = 'x = "</code></pre><script>alert(1)</script><img src=x onerror=alert(2)>"';
    const user = await openPage(() => {
      ui.code(evil, { language: 'python' });
      ui.code(evil, { language: 'html' });
      ui.code(evil, { language: 'plaintext' });
    });
    for (const code of user.findAll({ kind: Code })) {
      const html = code.prop('innerHTML') as string;
      const text = html.replace(/<\/?span[^>]*>/g, '');
      expect(text).not.toMatch(/[<>]/);
      expect(html).not.toMatch(/<(?!\/?span)/);
      expect(text).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    await user.should.see('<script>alert(1)</script>');
  });

  it('keeps only highlight.js spans in markup set through props', async () => {
    let code!: Code;
    const user = await openPage(() => (code = ui.code('a')));
    code.props({ innerHTML: '<span class="hljs-string evil" onclick="x()">s</span><b>b</b><script>x()</script>' });
    await user.settle();
    expect(user.find({ kind: Code }).prop('innerHTML')).toBe('<span class="hljs-string">s</span>b');
  });

  it('updates with one prop when the content changes', async () => {
    let code!: Code;
    const user = await openPage(() => {
      code = ui.code('print(1)', { language: 'python' });
    });
    const frames = recordFrames(user);
    code.content = 'print(2)';
    await user.settle();
    expect(frames).toHaveLength(1);
    const [, , ops] = JSON.parse(frames[0]!) as [string, number, [string, number, { p: Record<string, unknown> }][]];
    expect(ops).toEqual([['u', code.id, { p: { innerHTML: expect.stringContaining('2') } }]]);
    expect(code.content).toBe('print(2)');
  });

  it('detects the language by default, and removes the indentation of template strings', async () => {
    const user = await openPage(() =>
      ui.code(`
        {
          "name": "kite",
          "private": true
        }
      `),
    );
    const code = user.find({ kind: Code });
    expect(code.prop('language')).toBe('json');
    expect((code.prop('innerHTML') as string).replace(/<\/?span[^>]*>/g, '')).toBe('{\n  "name": "kite",\n  "private": true\n}');
    expect(code.prop('innerHTML')).toContain('<span class="hljs-attr">"name"</span>');
  });

  it('refuses a language it cannot highlight', async () => {
    await openPage(() => {
      expect(() => ui.code('x', { language: 'cobol' as 'ts' })).toThrow(KiteError);
      const code = ui.code('x', { language: 'sh' });
      expect(() => (code.language = 'brainfuck' as 'ts')).toThrow(/bash, shell/);
      expect(code.language).toBe('sh');
    });
  });
});
