import { readdirSync } from 'node:fs';
import { extname } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Variants the client build writes next to each script and stylesheet (`x.js.br`, `x.js.gz`), best first. */
const VARIANTS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;
const COMPRESSIBLE = /^[\w.-]+\.(js|css)$/;

/**
 * Serves a script or stylesheet of the client build compressed when the browser accepts it, from
 * the variants the build wrote (no compression per request). Every answer for such a file says
 * `Vary: Accept-Encoding`, so a cache never hands a compressed body to a browser that did not ask.
 * Anything else falls through to the static files. (The pages themselves are compressed as they
 * are sent: see mount.ts.)
 */
export function precompressed(dir: string, maxAgeMs: number): RequestHandler {
  // Read once, when the first asset is asked for: the build is fixed for the life of the process,
  // like the manifest the pages are rendered from.
  let available: Set<string> | undefined;
  return (req: Request, res: Response, next: NextFunction): void => {
    const name = req.path.slice(1);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !COMPRESSIBLE.test(name)) return next();
    res.vary('Accept-Encoding');
    available ??= readdirIfPresent(dir);
    const offered = VARIANTS.filter(([, suffix]) => available!.has(name + suffix));
    if (!offered.length) return next();
    const chosen = chooseEncoding(req.headers['accept-encoding'], offered.map(([encoding]) => encoding));
    const variant = offered.find(([encoding]) => encoding === chosen);
    if (!variant) return next();
    res.type(extname(name));
    res.setHeader('Content-Encoding', variant[0]);
    res.sendFile(name + variant[1], { root: dir, immutable: true, maxAge: maxAgeMs, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) {
        res.removeHeader('Content-Encoding');
        next(error);
      }
    });
  };
}

/**
 * The encoding to send, from those `offered` (best first) and `identity`, by the browser's
 * Accept-Encoding (RFC 9110, 12.5.3): the highest quality it gives, ties going to the earlier
 * offered (a browser listing `gzip, deflate, br` weighs them alike, and brotli is smaller). No
 * header, or no offered coding accepted, means identity.
 */
export function chooseEncoding(header: string | undefined, offered: readonly string[]): string {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    quality.set(coding, q === undefined ? 1 : Number(q));
  }
  const wildcard = quality.get('*');
  // Identity is acceptable unless excluded, but preferred over a coding only when listed above it.
  const qualityOf = (coding: string): number => quality.get(coding) ?? (coding === 'identity' ? (wildcard === 0 ? 0 : 0.001) : (wildcard ?? 0));
  let best = 'identity';
  let bestQuality = 0;
  for (const coding of offered) {
    const q = qualityOf(coding);
    if (q > bestQuality) [best, bestQuality] = [coding, q];
  }
  return bestQuality > 0 && bestQuality >= qualityOf('identity') ? best : 'identity';
}

function readdirIfPresent(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}
