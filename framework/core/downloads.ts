import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Client } from './client.js';
import { KiteError } from './errors.js';
import { outsideScope } from './scope.js';
import { MEDIA_TYPE, safeFileName } from './files.js';

/** Where offered downloads are served: `${DOWNLOAD_PATH}/<client id>/<key>`. */
export const DOWNLOAD_PATH = '/_ui/download';

/** Bounds per client: what one tab may hold on the server at once. */
export const DOWNLOAD_LIMITS = {
  /** Offers held at once; a new one beyond this releases the oldest. */
  offers: 16,
  /** Bytes of content held in memory at once (files on disk do not count). */
  bytes: 32 * 1024 * 1024,
  /** Default milliseconds an offer lives. */
  ttl: 60_000,
};

export type DownloadContent = string | Uint8Array | ArrayBuffer;

/** One thing a client may download, at one unguessable URL, until it expires. */
export interface DownloadOffer {
  readonly key: string;
  readonly filename: string;
  /** The media type given by the author; otherwise the server guesses from the file name. */
  readonly mediaType: string | undefined;
  /** Bytes in memory, or a file on disk (streamed when served). */
  readonly content: Buffer | undefined;
  readonly path: string | undefined;
}

interface HeldOffer extends DownloadOffer {
  timer: NodeJS.Timeout;
}

export interface OfferOptions {
  filename?: string;
  mediaType?: string;
  /** Milliseconds the URL works (default 60 s). */
  ttl?: number;
}

/** The offers of each client that has any; released with the client. */
const offersOf = new WeakMap<Client, Map<string, HeldOffer>>();

/** Offers bytes (a string is sent as UTF-8) for download; returns the URL. */
export function offerContent(client: Client, content: DownloadContent, options: OfferOptions = {}): string {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content instanceof ArrayBuffer ? new Uint8Array(content) : content);
  if (data.length > DOWNLOAD_LIMITS.bytes)
    throw new KiteError(`download of ${data.length} bytes exceeds ${DOWNLOAD_LIMITS.bytes} bytes: offer a file with ui.download.file instead`);
  const mediaType = options.mediaType ?? (typeof content === 'string' ? 'text/plain; charset=utf-8' : undefined);
  return offer(client, { content: data, path: undefined, filename: safeFileName(options.filename, 'download'), mediaType }, options.ttl);
}

/** Offers a file on disk for download (streamed when fetched, never read into memory); returns the URL. */
export function offerFile(client: Client, path: string, options: OfferOptions = {}): string {
  const absolute = resolve(path);
  let isFile = false;
  try {
    isFile = statSync(absolute).isFile();
  } catch {
    // Reported below, with the path.
  }
  if (!isFile) throw new KiteError(`cannot offer ${JSON.stringify(path)} for download: it is not a readable file`);
  const filename = safeFileName(options.filename ?? absolute, 'download');
  return offer(client, { content: undefined, path: absolute, filename, mediaType: options.mediaType }, options.ttl);
}

function offer(client: Client, item: Omit<DownloadOffer, 'key'>, ttl = DOWNLOAD_LIMITS.ttl): string {
  if (client.deleted) throw new KiteError('cannot offer a download: the client has been deleted');
  if (item.mediaType !== undefined && !MEDIA_TYPE.test(item.mediaType)) throw new KiteError(`not a media type: ${JSON.stringify(item.mediaType)}`);
  let offers = offersOf.get(client);
  if (!offers) {
    offers = new Map();
    offersOf.set(client, offers);
    client.onDelete(releaseAll);
  }
  const size = item.content?.length ?? 0;
  let held = size;
  for (const other of offers.values()) held += other.content?.length ?? 0;
  // Map order is insertion order: the oldest offers go first.
  for (const oldest of offers.values()) {
    if (offers.size < DOWNLOAD_LIMITS.offers && held <= DOWNLOAD_LIMITS.bytes) break;
    held -= oldest.content?.length ?? 0;
    release(offers, oldest);
  }
  const key = randomBytes(18).toString('base64url');
  // Outside the scope: the timer must not keep the page's scope (and its tree) alive.
  const timer = outsideScope(() => setTimeout(() => release(offers, offers.get(key)), ttl).unref());
  offers.set(key, { ...item, key, timer });
  return `${DOWNLOAD_PATH}/${client.id}/${key}`;
}

function release(offers: Map<string, HeldOffer>, offer: HeldOffer | undefined): void {
  if (!offer) return;
  clearTimeout(offer.timer);
  offers.delete(offer.key);
}

function releaseAll(client: Client): void {
  const offers = offersOf.get(client);
  if (!offers) return;
  for (const offer of offers.values()) clearTimeout(offer.timer);
  offersOf.delete(client);
}

/** The live offer behind a key of this client, if any. */
export function findDownload(client: Client, key: string): DownloadOffer | undefined {
  return offersOf.get(client)?.get(key);
}

/** How many offers a client holds (for tests and diagnostics). */
export function downloadCount(client: Client): number {
  return offersOf.get(client)?.size ?? 0;
}

/** The bytes behind a download URL of this client (what a browser would receive), for tests. */
export async function readDownload(client: Client, url: string): Promise<Buffer> {
  const prefix = `${DOWNLOAD_PATH}/${client.id}/`;
  const path = new URL(url, 'http://kite.invalid').pathname;
  const found = path.startsWith(prefix) ? findDownload(client, path.slice(prefix.length)) : undefined;
  if (!found) throw new KiteError(`no download at ${url}: it expired, was released, or belongs to another client`);
  return found.content ?? readFile(found.path!);
}
