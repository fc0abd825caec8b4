import { describe, expect, it } from 'vitest';
import { MAX_CLIPBOARD_BYTES, runClipboard, type ClipboardAccess } from '../../client-runtime/clipboard.js';

function fakeClipboard(text = ''): ClipboardAccess & { text: string } {
  return {
    text,
    async readText() {
      return this.text;
    },
    async writeText(value: string) {
      this.text = value;
    },
  };
}

describe('runClipboard', () => {
  it('writes, then reads the text back', async () => {
    const clipboard = fakeClipboard();
    expect(await runClipboard({ op: 'write', text: 'hello', call: 1 }, clipboard)).toEqual({ ok: true });
    expect(await runClipboard({ op: 'read', call: 2 }, clipboard)).toEqual({ text: 'hello' });
  });

  it("answers with the browser's reason when it refuses", async () => {
    const refusing: ClipboardAccess = {
      readText: () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError')),
      writeText: () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
    };
    expect(await runClipboard({ op: 'read', call: 1 }, refusing)).toEqual({ error: 'NotAllowedError: Read permission denied.' });
    expect(await runClipboard({ op: 'write', text: 'x', call: 2 }, refusing)).toEqual({ error: 'NotAllowedError: Document is not focused.' });
  });

  it('answers with an error outside secure contexts, where there is no clipboard', async () => {
    expect(await runClipboard({ op: 'read', call: 1 }, undefined)).toEqual({ error: expect.stringContaining('https or localhost') });
  });

  it('refuses to send text that would not fit in one message', async () => {
    const result = await runClipboard({ op: 'read', call: 1 }, fakeClipboard('x'.repeat(MAX_CLIPBOARD_BYTES)));
    expect(result).toEqual({ error: expect.stringContaining('too large') });
    // Escaped characters count as what they cost on the wire.
    expect(await runClipboard({ op: 'read', call: 1 }, fakeClipboard('\u0001'.repeat(MAX_CLIPBOARD_BYTES / 5)))).toEqual({
      error: expect.stringContaining('too large'),
    });
  });
});
