/** Names and media types that come from browsers or authors, made safe to show, store and send. */

/** A name to show or to store: no directories, no control characters, bounded. */
export function safeFileName(raw: string | undefined, fallback = 'file'): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return clean === '' || clean === '.' || clean === '..' ? fallback : clean;
}

/** `type/subtype`, optionally with parameters; anything else is refused. */
export const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;\s*[\w!#$&^.+-]+=("[^"\r\n]*"|[\w!#$&^.+-]+))*$/;

/** The browser's claimed type if it looks like a media type, else the neutral one. */
export function safeMediaType(raw: string | undefined): string {
  return raw && raw.length <= 200 && MEDIA_TYPE.test(raw) ? raw.toLowerCase() : 'application/octet-stream';
}
