/**
 * The headers of every JSON answer, errors and 404s included (as the OWASP REST cheat sheet advises):
 * - Cache-Control: answers are per user and tokens are secrets, so nothing is kept by any cache;
 * - nosniff: no browser may read a JSON body as HTML or script, whatever a client managed to put in it;
 * - a CSP under which such a body, opened as a document, loads nothing and is framed nowhere.
 * No X-Frame-Options: `frame-ancestors` supersedes it in every browser that is still updated.
 */
export const JSON_ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};
