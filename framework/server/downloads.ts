import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import { findDownload } from '../core/downloads.js';
import type { ClientRegistry } from './registry.js';
import type { BrowserIds } from './session.js';

/**
 * GET `/_ui/download/:client/:key`: an offer of that client, fetched by the browser that owns
 * the client (its signed cookie), as an attachment that no browser renders or sniffs. Anything
 * else (expired, released, another client's or another browser's) is the same 404.
 */
export function downloadRoute(clients: ClientRegistry, browserIds: BrowserIds): RequestHandler {
  return (req: Request, res: Response, next) => {
    const { client: clientId, key } = req.params as { client: string; key: string };
    const client = clients.get(clientId);
    const offer = client ? findDownload(client, key) : undefined;
    if (!client || !offer || (client.browserId !== undefined && browserIds.read(req.headers.cookie) !== client.browserId))
      return void res.status(404).set('Cache-Control', 'no-store').json({ detail: 'Not Found' });
    res.attachment(offer.filename);
    if (offer.mediaType) res.type(offer.mediaType);
    res.set({
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    if (offer.content) return void res.set('Content-Length', String(offer.content.length)).end(offer.content);
    serveFile(req, res, offer.path!).catch(next);
  };
}

async function serveFile(req: Request, res: Response, path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return void res.status(404).set('Cache-Control', 'no-store').json({ detail: 'Not Found' });
  res.set('Content-Length', String(info.size));
  if (req.method === 'HEAD') return void res.end();
  // A reader that goes away mid-file just ends the stream; a failing disk is reported (via `next`).
  await pipeline(createReadStream(path), res).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  });
}
