import type { Readable } from 'node:stream';
import type { Element } from './element.js';
import { KiteError } from './errors.js';

/** Where uploads are POSTed: `${UPLOAD_PATH}/<client id>/<element id>`. */
export const UPLOAD_PATH = '/_ui/upload';
/** The header that carries the client's secret (as the websocket's `token`). */
export const UPLOAD_TOKEN_HEADER = 'X-Kite-Token';

export interface UploadLimits {
  /** Bytes per file. */
  maxFileSize: number;
  /** Files per upload request. */
  maxFiles: number;
  /** Bytes of all files of one request together. */
  maxTotalSize: number;
}

/**
 * One uploaded file while it streams in. Read it once: pipe `stream` somewhere, iterate it
 * (`for await (const chunk of file)`), or collect it with `bytes()` / `text()`. When a limit is
 * crossed or the upload breaks off, the stream fails with an error instead of ending, so a cut
 * file never looks complete.
 */
export interface UploadedFile extends AsyncIterable<Buffer> {
  /** The browser's file name without any directory part. */
  readonly name: string;
  /** The media type the browser claimed (not verified: check the content if it matters). */
  readonly type: string;
  readonly stream: Readable;
  /** Bytes received so far: the file's size once the stream has ended. */
  readonly size: number;
  /** The whole file in memory (at most the upload's `maxFileSize`). */
  bytes(): Promise<Buffer>;
  text(): Promise<string>;
}

export type UploadRejectionReason =
  | 'accept'
  | 'max-file-size'
  | 'max-files'
  | 'max-total-size'
  | 'duplicate'
  | 'filter'
  | 'failed';

/** Why a file, or a whole upload, was refused; `message` is written for the person uploading. */
export interface UploadRejection {
  reason: UploadRejectionReason;
  message: string;
  file?: { name: string; size?: number; type?: string };
}

/** What the upload route needs from an element that receives uploads. */
export interface UploadReceiver {
  readonly limits: UploadLimits;
  /** The `accept` list (`.csv, image/*`), checked again on the server. */
  readonly accept: string | undefined;
  /** Runs the author's callbacks for one file; resolves false when one failed (already reported). */
  receive(file: UploadedFile): Promise<boolean>;
  /** Tells the author's callbacks, or the person, why an upload was refused. */
  reject(rejection: UploadRejection): void;
}

/** The error a file's stream fails with when the framework stops an upload (not the author's bug). */
export class UploadRefused extends KiteError {
  override name = 'UploadRefused';
  constructor(readonly rejection: UploadRejection | { reason: 'interrupted'; message: string }) {
    super(rejection.message);
  }
}

const receivers = new WeakMap<Element, UploadReceiver>();

/** Declares an element as a target of the upload route (the route refuses every other element). */
export function receiveUploads(el: Element, receiver: UploadReceiver): void {
  receivers.set(el, receiver);
}

export function uploadReceiverOf(el: Element): UploadReceiver | undefined {
  return receivers.get(el);
}

/** Whether a file matches an `accept` list, with the rules QUploader applies in the tab. */
export function acceptsFile(accept: string | undefined, name: string, type: string): boolean {
  if (!accept?.trim()) return true;
  const upperName = name.toUpperCase();
  const upperType = type.toUpperCase();
  return accept.split(',').some((raw) => {
    const entry = raw.trim().toUpperCase();
    if (!entry) return false;
    if (entry === '*' || entry === '*/*') return true;
    if (entry.endsWith('/*')) return upperType.startsWith(entry.slice(0, -1));
    return upperType === entry || upperName.endsWith(entry);
  });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** The sentence shown for a refusal. */
export function rejectionMessage(
  reason: UploadRejectionReason,
  limits: UploadLimits,
  accept: string | undefined,
  name?: string,
): string {
  const file = name === undefined ? 'A file' : JSON.stringify(name);
  switch (reason) {
    case 'accept':
      return `${file} is not an accepted type (${accept ?? ''})`;
    case 'max-file-size':
      return `${file} is larger than ${formatBytes(limits.maxFileSize)}`;
    case 'max-total-size':
      return `The files together are larger than ${formatBytes(limits.maxTotalSize)}`;
    case 'max-files':
      return `At most ${limits.maxFiles} ${limits.maxFiles === 1 ? 'file' : 'files'} can be uploaded at once`;
    case 'duplicate':
      return `${file} was already added`;
    case 'filter':
      return `${file} was not accepted`;
    case 'failed':
      return `${file} could not be uploaded`;
  }
}
