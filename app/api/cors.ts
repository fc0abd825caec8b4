import type { RequestHandler } from 'express';

/**
 * CORS for the configured origins only; with none configured no CORS header is ever sent, so browsers
 * keep the same-origin rule. Bearer tokens, not cookies, carry identity, so no credentials mode.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (allowed.size === 0 || !origin) return next();
    res.vary('Origin');
    if (!allowed.has(origin)) return next();
    res.set('Access-Control-Allow-Origin', origin);
    if (req.method !== 'OPTIONS' || !req.get('access-control-request-method')) return next();
    res.set({
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Headers': req.get('access-control-request-headers') ?? 'Authorization, Content-Type',
      'Access-Control-Max-Age': '600',
    });
    res.vary('Access-Control-Request-Headers');
    res.status(204).end();
  };
}
