import { offerContent, offerFile, type DownloadContent } from '../core/downloads.js';
import { currentClient } from '../core/scope.js';

export interface DownloadOptions {
  /** Media type sent with it (default: from the file name; text for string content). */
  mediaType?: string;
  /** Milliseconds the download's URL works (default 60 s). */
  ttl?: number;
}

/**
 * Starts a download in the current tab from a same-origin URL (an app route), or of bytes.
 * See `ui.download.content` and `ui.download.file`.
 */
function downloadUrlOrBytes(source: string | Uint8Array | ArrayBuffer, filename?: string, options: DownloadOptions = {}): void {
  if (typeof source === 'string') currentClient('ui.download').call('download', filename === undefined ? { url: source } : { url: source, filename });
  else content(source, filename ?? 'download', options);
}

// The name travels in the answer's Content-Disposition, so the calls below send only the URL.

/**
 * Bytes (a string is sent as UTF-8) as a file named `filename`: held for this tab only, at a
 * short-lived unguessable URL, bounded in count and size per tab, released when the tab goes.
 */
function content(data: DownloadContent, filename: string, options: DownloadOptions = {}): void {
  const client = currentClient('ui.download.content');
  client.call('download', { url: offerContent(client, data, { filename, ...options }) });
}

/** A file on disk, streamed when the browser fetches it (never read into memory). */
function file(path: string, filename?: string, options: DownloadOptions = {}): void {
  const client = currentClient('ui.download.file');
  client.call('download', { url: offerFile(client, path, { ...options, ...(filename === undefined ? {} : { filename }) }) });
}

/** `ui.download.content(csv, 'report.csv')`, `ui.download.file('/data/export.zip')`, `ui.download('/api/v1/export')` */
export const download = Object.assign(downloadUrlOrBytes, { content, file });
