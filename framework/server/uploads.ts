import type { IncomingHttpHeaders } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request, RequestHandler, Response } from 'express';
import type { Client } from '../core/client.js';
import { safeFileName, safeMediaType } from '../core/files.js';
import {
  acceptsFile,
  rejectionMessage,
  UPLOAD_TOKEN_HEADER,
  uploadReceiverOf,
  UploadRefused,
  type UploadedFile,
  type UploadReceiver,
  type UploadRejection,
  type UploadRejectionReason,
} from '../core/uploads.js';
import { sameSecret } from './connection.js';
import { originAllowed } from './origin.js';
import { TokenBucket } from './rate.js';
import type { ClientRegistry } from './registry.js';

/** What protects the server from uploads, beyond each element's own size and count limits. */
export interface UploadBounds {
  /** Upload requests one client may have open at once (more get 429). */
  perClient: number;
  /** Upload requests per second one client may start, sustained (twice as many at once; more get 429). */
  perSecond: number;
  /** Upload requests open at once on this server (more get 503). */
  total: number;
  /** Milliseconds without data after which an upload is cut off. */
  idleTimeout: number;
}

export const defaultUploadBounds: UploadBounds = { perClient: 2, perSecond: 5, total: 16, idleTimeout: 30_000 };

/** An upload as the core of this module sees it: HTTP or the simulated user alike. */
export interface UploadRequest {
  headers: IncomingHttpHeaders;
  body: Readable;
}

export interface UploadOutcome {
  status: number;
  body: { files: { name: string; size: number }[] } | { error: string; reason?: string };
}

/** Bytes a refused request may still send after the answer, so the browser can read it, before the socket is cut. */
const DISCARD_LIMIT = 256 * 1024;

/**
 * POST `/_ui/upload/:client/:element`: the client's secret in a header, the Origin checked as
 * for the websocket, bounded open uploads (per client and per server) and starts per second, and
 * an idle timeout; then receiveUpload.
 */
export function uploadRoute(clients: ClientRegistry, bounds: UploadBounds & { allowedOrigins: readonly string[] }): RequestHandler {
  let open = 0;
  const openPerClient = new WeakMap<Client, number>();
  const startsPerClient = new WeakMap<Client, TokenBucket>();
  return (req: Request, res: Response, next) => {
    const { client: clientId, element } = req.params as { client: string; element: string };
    if (!originAllowed(req, bounds.allowedOrigins)) return void answer(req, res, refusal(403, 'origin not allowed'));
    const client = clients.get(clientId);
    const token = req.get(UPLOAD_TOKEN_HEADER);
    if (!client || !token || !sameSecret(token, client.token)) return void answer(req, res, refusal(403, 'unknown client or wrong token'));
    if (!/^\d{1,9}$/.test(element)) return void answer(req, res, refusal(404, 'no such upload'));
    const mine = openPerClient.get(client) ?? 0;
    if (mine >= bounds.perClient) return void answer(req, res, refusal(429, 'too many uploads at once'));
    let starts = startsPerClient.get(client);
    if (!starts) startsPerClient.set(client, (starts = new TokenBucket(bounds.perSecond, Math.max(1, 2 * bounds.perSecond), Date.now())));
    if (!starts.take(Date.now())) return void answer(req, res, refusal(429, 'too many uploads; wait a moment'));
    if (open >= bounds.total) return void answer(req, res.set('Retry-After', '5'), refusal(503, 'the server is busy; try again'));
    open++;
    openPerClient.set(client, mine + 1);
    req.setTimeout(bounds.idleTimeout, () => req.destroy());
    receiveUpload(client, Number(element), { headers: req.headers, body: req })
      .then((outcome) => answer(req, res, outcome))
      .catch(next)
      .finally(() => {
        open--;
        openPerClient.set(client, (openPerClient.get(client) ?? 1) - 1);
        req.setTimeout(0);
      });
  };
}

function refusal(status: number, error: string): UploadOutcome {
  return { status, body: { error } };
}

/** Answers at once, also when the body is still arriving: the rest is discarded, up to a bound. */
function answer(req: Request, res: Response, outcome: UploadOutcome): void {
  if (!req.complete) {
    res.set('Connection', 'close');
    let skipped = 0;
    req.on('data', (chunk: Buffer) => {
      if ((skipped += chunk.length) > DISCARD_LIMIT) req.destroy();
    });
    req.resume();
  }
  res.status(outcome.status).set('Cache-Control', 'no-store').json(outcome.body);
}

/**
 * Receives one multipart upload for an element of a client. The element is checked as events
 * are (it exists, is visible and enabled, and receives uploads); the files then reach its
 * callbacks one after the other while they stream in. Crossing a limit stops the reading at
 * once: the file being read fails (its stream errors), the person is told why, and the answer
 * is 413.
 */
export async function receiveUpload(client: Client, elementId: number, request: UploadRequest): Promise<UploadOutcome> {
  const el = client.elements.get(elementId);
  const receiver = el ? uploadReceiverOf(el) : undefined;
  if (!el || !receiver) {
    client.dropped++;
    return refusal(404, 'no such upload');
  }
  if (!el.interactive) {
    client.dropped++;
    return refusal(403, 'this upload is hidden or disabled');
  }
  const { limits } = receiver;
  // Multipart framing adds a boundary and a few headers per file: a generous allowance for it.
  const framing = 16 * 1024 + limits.maxFiles * 2 * 1024;
  if (Number(request.headers['content-length']) > limits.maxTotalSize + framing) {
    const rejection = reject(receiver, 'max-total-size');
    return { status: 413, body: { error: rejection.message, reason: rejection.reason } };
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      // Browsers send file names as raw UTF-8 (busboy's default would read them as Latin-1).
      defParamCharset: 'utf8',
      // One byte beyond the limit: the session's own count then sees the crossing and fails the file.
      limits: { files: limits.maxFiles, fields: 0, fileSize: limits.maxFileSize + 1, headerPairs: 16 },
    });
  } catch {
    return refusal(415, 'expected multipart/form-data');
  }
  return new UploadSession(receiver, request.body, parser).run();
}

function reject(receiver: UploadReceiver, reason: UploadRejectionReason, file?: { name: string; type?: string }): UploadRejection {
  const rejection: UploadRejection = { reason, message: rejectionMessage(reason, receiver.limits, receiver.accept, file?.name) };
  if (file) rejection.file = file;
  receiver.reject(rejection);
  return rejection;
}

/** A file of an upload as its callbacks receive it. */
class ReceivedFile implements UploadedFile {
  size = 0;

  constructor(
    readonly name: string,
    readonly type: string,
    readonly stream: Transform,
  ) {}

  async bytes(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async text(): Promise<string> {
    return (await this.bytes()).toString('utf8');
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return this.stream[Symbol.asyncIterator]();
  }
}

/** One upload request being read. */
class UploadSession {
  private readonly received: { name: string; size: number }[] = [];
  /** Streams of files not yet read to the end: they fail when the upload is stopped. */
  private readonly reading = new Set<Transform>();
  private total = 0;
  /** Files reach the callbacks one after the other. */
  private queue: Promise<void> = Promise.resolve();
  private outcome: UploadOutcome | undefined;
  private bodyEnded = false;
  private resolve!: (outcome: UploadOutcome) => void;

  constructor(
    private readonly receiver: UploadReceiver,
    private readonly body: Readable,
    private readonly parser: busboy.Busboy,
  ) {}

  run(): Promise<UploadOutcome> {
    const { parser, body } = this;
    const done = new Promise<UploadOutcome>((resolve) => (this.resolve = resolve));
    parser.on('file', (_field, part, info) => this.onFile(part, info.filename, info.mimeType));
    parser.on('fieldsLimit', () => this.fail(400, { reason: 'failed', message: 'unexpected form field' }));
    parser.on('filesLimit', () => this.refuse(413, 'max-files'));
    parser.on('error', () => this.fail(400, { reason: 'failed', message: 'malformed upload' }));
    parser.on('close', () => void this.queue.then(() => this.finish()));
    body.on('end', () => (this.bodyEnded = true));
    body.on('error', () => this.interrupted());
    body.on('close', () => this.bodyEnded || this.interrupted());
    body.pipe(parser);
    return done;
  }

  private onFile(part: Readable, rawName: string | undefined, rawType: string): void {
    // A stopped upload fails its open part; the session already knows why.
    part.on('error', () => {});
    if (this.outcome) return void part.resume();
    const name = safeFileName(rawName);
    const type = safeMediaType(rawType);
    if (!acceptsFile(this.receiver.accept, name, type)) {
      part.resume();
      return void this.refuse(415, 'accept', { name, type });
    }
    const { maxFileSize, maxTotalSize } = this.receiver.limits;
    const meter: Transform = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        const size = file.size + chunk.length;
        if (size > maxFileSize) return callback(this.refuse(413, 'max-file-size', { name, type }));
        if (this.total + chunk.length > maxTotalSize) return callback(this.refuse(413, 'max-total-size'));
        file.size = size;
        this.total += chunk.length;
        callback(null, chunk);
      },
    });
    const file = new ReceivedFile(name, type, meter);
    // The callbacks learn of failures through their own reads; this keeps an unread failure from crashing.
    meter.on('error', () => {});
    this.reading.add(meter);
    part.pipe(meter);
    this.queue = this.queue.then(() => this.process(file, part));
  }

  private async process(file: ReceivedFile, part: Readable): Promise<void> {
    if (this.outcome) return;
    const ok = await this.receiver.receive(file);
    if (!ok) return void this.refuse(500, 'failed', { name: file.name, type: file.type });
    // Whatever the callbacks left unread is read and dropped, so the next file can arrive (from
    // the part itself when a callback destroyed its stream).
    const rest = file.stream.destroyed ? part : file.stream;
    if (rest === part) part.unpipe(file.stream);
    rest.resume();
    const read = await finished(rest).then(
      () => true,
      () => false,
    );
    this.reading.delete(file.stream);
    if (read && !this.outcome) this.received.push({ name: file.name, size: file.size });
  }

  private finish(): void {
    if (this.outcome) return;
    this.settle({ status: 200, body: { files: this.received } });
  }

  /** Stops the upload for a reason the person is told. Returns the error the open files fail with. */
  private refuse(status: number, reason: UploadRejectionReason, file?: { name: string; type?: string }): UploadRefused {
    if (this.outcome) return new UploadRefused({ reason, message: 'upload stopped' });
    return this.fail(status, reject(this.receiver, reason, file));
  }

  /** The tab went away or the connection broke: nobody to tell, nothing to answer. */
  private interrupted(): void {
    this.fail(400, { reason: 'interrupted', message: 'the upload was interrupted' });
  }

  private fail(status: number, rejection: UploadRejection | { reason: 'interrupted'; message: string }): UploadRefused {
    const error = new UploadRefused(rejection);
    if (this.outcome) return error;
    this.body.unpipe(this.parser);
    // Not from inside the parser's own callback (where a limit is usually noticed): it would break it.
    queueMicrotask(() => this.parser.destroy());
    for (const stream of this.reading) stream.destroy(error);
    this.settle({ status, body: { error: rejection.message, reason: rejection.reason } });
    return error;
  }

  private settle(outcome: UploadOutcome): void {
    this.outcome = outcome;
    this.resolve(outcome);
  }
}
