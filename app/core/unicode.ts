/** With the u flag a surrogate pair is one code point; only a lone surrogate is in category Cs. */
const loneSurrogate = /\p{Cs}/u;

/**
 * String.prototype.isWellFormed (ES2024, beyond our TypeScript lib): false when the text has a lone
 * surrogate, which UTF-8 cannot encode (Node writes U+FFFD instead, so the text would not come back).
 */
export function isWellFormed(text: string): boolean {
  return !loneSurrogate.test(text);
}
