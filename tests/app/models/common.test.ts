import { describe, expect, it } from 'vitest';
import { storableText, textWithin } from '../../../app/models/common.js';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('stored text rules', () => {
  it('count characters as code points, not UTF-16 units', () => {
    const name = textWithin({ max: 3 });
    expect(name.safeParse('😀😀😀').success).toBe(true);
    expect(name.safeParse('😀😀😀😀').success).toBe(false);
  });

  it('refuse C0 control characters in a single line, keeping everything else', () => {
    const title = storableText({ min: 1, max: 255 });
    expect(title.safeParse("It's 😀 \u00a0 \u200b\u007f").success).toBe(true);
    for (const text of ['a\u0000b', 'a\tb', 'a\nb', 'a\u001fb']) expect(messages(title.safeParse(text))).toEqual(['Must not contain control characters']);
  });

  it('let multi-line text keep tab, line feed and carriage return only', () => {
    const description = storableText({ max: 255, multiline: true });
    expect(description.safeParse('one\r\ntwo\n\tthree').success).toBe(true);
    expect(messages(description.safeParse('a\u000bb'))).toEqual(['Must not contain control characters (tab and line breaks are fine)']);
  });

  it('refuse lone surrogates, which UTF-8 cannot store, and accept surrogate pairs', () => {
    const title = storableText({ max: 255 });
    expect(title.safeParse('\ud83d\ude00').success).toBe(true);
    expect(messages(title.safeParse('\ude00\ud83d'))).toEqual(['Must be well-formed Unicode (no lone surrogates)']);
  });
});
