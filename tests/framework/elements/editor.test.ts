import { describe, expect, it } from 'vitest';
import { Editor, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.editor', () => {
  it('reports the HTML the user writes, sanitized', async () => {
    const values: string[] = [];
    const user = await openPage(() => ui.editor({ value: '<p>Hi</p>', placeholder: 'Write', onChange: (e) => values.push(e.value) }));
    const editor = user.find({ kind: Editor });
    expect([editor.spec.tag, editor.value, editor.prop('placeholder')]).toEqual(['q-editor', '<p>Hi</p>', 'Write']);
    await editor.setValue('<p>Hi <b>there</b></p>');
    await editor.setValue('<p>x</p><script>alert(1)</script><img src="a.png" onerror="alert(2)"><a href="javascript:alert(3)">y</a>');
    expect(values).toEqual(['<p>Hi <b>there</b></p>', '<p>x</p><img src="a.png" /><a>y</a>']);
    for (const forged of [42, { html: 'x' }, ['<p>']]) await editor.setValue(forged);
    expect((editor.element as Editor).value).toBe('<p>x</p><img src="a.png" /><a>y</a>');
  });

  it('keeps what the user typed until blur, then shows the sanitized HTML the server holds', async () => {
    const user = await openPage(() => ui.editor());
    const editor = user.find({ kind: Editor });
    await editor.setValue('<p onclick="steal()">hello</p>');
    expect(editor.value).toBe('<p onclick="steal()">hello</p>');
    await editor.trigger('blur');
    expect(editor.value).toBe('<p>hello</p>');
  });

  it('sanitizes HTML set by page code too', async () => {
    let editor!: Editor;
    const user = await openPage(() => {
      editor = ui.editor({ value: '<iframe src="https://evil"></iframe>ok' });
      ui.button('Load', () => (editor.value = '<b onmouseover="x()">draft</b>'));
    });
    expect(user.find({ kind: Editor }).value).toBe('ok');
    await user.find('Load').click();
    expect([user.find({ kind: Editor }).value, editor.value]).toEqual(['<b>draft</b>', '<b>draft</b>']);
  });
});
