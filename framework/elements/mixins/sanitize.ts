import sanitizeHtml from 'sanitize-html';
import { KiteError } from '../../core/errors.js';

/** Schemes a link or an image may use; anything else (javascript:, data:, vbscript:) is refused. */
const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del', 'ins', 'details', 'summary'],
  allowedAttributes: {
    ...sanitizeHtml.defaults.allowedAttributes,
    a: ['href', 'name', 'target', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
    th: ['align', 'colspan', 'rowspan'],
    td: ['align', 'colspan', 'rowspan'],
    ol: ['start'],
    '*': ['class'],
  },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  transformTags: {
    // A link that opens a new tab must not hand the opener to the target page.
    a: (tagName, attribs) =>
      attribs.target ? { tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } } : { tagName, attribs },
  },
};

/**
 * Removes everything that could run script from an HTML fragment: `<script>`, event handler
 * attributes (`onerror=`), `style`, and URLs with schemes other than http(s), mailto and tel.
 */
export function sanitize(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/**
 * Returns `url` when a browser would not run it as script: a relative URL, or an absolute one
 * with a safe scheme. Browsers ignore control characters and spaces inside a scheme, so they
 * are ignored here too (`java\tscript:` is `javascript:`). `dataImages` also allows `data:image/...`
 * (for an `img` source, where it cannot run script).
 */
export function safeUrl(url: string, what = 'URL', options: { dataImages?: boolean } = {}): string {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (options.dataImages && /^data:image\//i.test(cleaned)) return url;
  if (scheme && !SAFE_SCHEMES.includes(scheme[1]!.toLowerCase()))
    throw new KiteError(`unsafe ${what} "${url.slice(0, 40)}": only http(s), mailto, tel and relative URLs are allowed`);
  return url;
}
