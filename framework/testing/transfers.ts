import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Client } from '../core/client.js';
import { DOWNLOAD_PATH, findDownload, readDownload } from '../core/downloads.js';
import type { CallArgs } from '../protocol/messages.js';
import { receiveUpload, type UploadOutcome } from '../server/uploads.js';

const PIECE = 16 * 1024;

/** A file the simulated user picks in an uploader. */
export interface FileToUpload {
  name: string;
  /** Media type (default `application/octet-stream`). */
  type?: string;
  content: string | Uint8Array;
}

/**
 * Sends files to an upload element as the browser would: one multipart request, through the
 * same code as the HTTP route from the element checks on (the secret and Origin are the route's).
 */
export function uploadFiles(client: Client, elementId: number, files: FileToUpload[]): Promise<UploadOutcome> {
  const boundary = `----kite${randomBytes(12).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const file of files) {
    const name = file.name.replace(/["\r\n]/g, '_');
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const body = Buffer.concat(parts);
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(body.length) };
  // In pieces, as a network delivers it: limits are then crossed while a callback reads.
  const pieces: Buffer[] = [];
  for (let at = 0; at < body.length; at += PIECE) pieces.push(body.subarray(at, at + PIECE));
  return receiveUpload(client, elementId, { headers, body: Readable.from(pieces) });
}

/** A download the tab was told to start, with what the browser would receive. */
export class SimulatedDownload {
  readonly url: string;
  /** The name the browser saves it under (from the offer, or the call for a plain URL). */
  readonly filename: string | undefined;

  constructor(
    private readonly client: Client,
    args: CallArgs['download'],
  ) {
    this.url = args.url;
    const prefix = `${DOWNLOAD_PATH}/${client.id}/`;
    this.filename = args.filename ?? (args.url.startsWith(prefix) ? findDownload(client, args.url.slice(prefix.length))?.filename : undefined);
  }

  /** The bytes, as long as the offer lives (a plain URL of the app cannot be fetched here). */
  content(): Promise<Buffer> {
    return readDownload(this.client, this.url);
  }

  async text(): Promise<string> {
    return (await this.content()).toString('utf8');
  }
}
