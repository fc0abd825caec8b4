import { describe, expect, it } from 'vitest';
import { Textarea, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.textarea', () => {
  it('is a multi-line input whose text reaches the server', async () => {
    const notes: string[] = [];
    const user = await openPage(() => ui.textarea({ label: 'Notes', autogrow: true, onChange: (e) => notes.push(e.value) }));
    const area = user.find('Notes');
    expect([area.spec.tag, area.prop('type'), area.prop('autogrow')]).toEqual(['q-input', 'textarea', true]);
    await area.type('line 1\nline 2');
    expect(notes).toEqual(['line 1\nline 2']);
    expect((area.element as Textarea).value).toBe('line 1\nline 2');
  });

  it('validates like an input', async () => {
    const user = await openPage(() => ui.textarea({ label: 'Bio', validation: (v) => (v.length > 5 ? 'Too long' : null) }));
    await user.find('Bio').type('far too long');
    await user.should.see('Too long');
  });
});
