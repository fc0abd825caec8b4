import { describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../client-runtime/components/clipboard.js';

describe('copyText', () => {
  it('writes through the Clipboard API when there is one', async () => {
    const writeText = vi.fn(async () => undefined);
    const copyBySelection = vi.fn(() => true);
    expect(await copyText('const a = 1;', { clipboard: { writeText }, copyBySelection })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('const a = 1;');
    expect(copyBySelection).not.toHaveBeenCalled();
  });

  it('falls back to selecting the text without the API (insecure context) or when it refuses', async () => {
    const copyBySelection = vi.fn(() => true);
    expect(await copyText('x', { copyBySelection })).toBe(true);
    const refused = { writeText: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) };
    expect(await copyText('x', { clipboard: refused, copyBySelection })).toBe(true);
    expect(copyBySelection).toHaveBeenCalledTimes(2);
  });

  it('reports failure when neither way copies', async () => {
    expect(await copyText('x', { copyBySelection: () => false })).toBe(false);
    expect(await copyText('x', { copyBySelection: () => { throw new Error('no document'); } })).toBe(false);
  });
});
