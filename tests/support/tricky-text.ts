/**
 * Text a careless SQL layer mangles or executes, all of it valid for the contract: whatever path
 * stores one of these must give it back exactly.
 */
export const TRICKY_TEXTS: Record<string, string> = {
  quotes: `It's "quoted" and \`ticked\``,
  backslashes: String.raw`C:\dir\ \' \\ \%`,
  'an injection': "'; DROP TABLE item; --",
  placeholders: 'why? ?? \\? :name $1 @p1',
  'LIKE wildcards': '100% _done_',
  emoji: '😀 👩‍👩‍👧 🏳️‍🌈 e\u0301',
  '255 characters': 'x'.repeat(255),
  '255 non-BMP characters': '😀'.repeat(255),
};

/** Refused by every text field with a 422, with a part of the message that says why. */
export const REFUSED_TEXTS: [name: string, text: string, says: string][] = [
  ['a NUL', 'a\u0000b', 'Must not contain control characters'],
  ['an escape character', 'a\u001b[31mb', 'Must not contain control characters'],
  ['a lone surrogate', 'a\ud800b', 'Must be well-formed Unicode (no lone surrogates)'],
];
