import { Element, type ElementEvent } from '../core/element.js';
import { KiteError } from '../core/errors.js';
import { runHandler, runHandlerToEnd } from '../core/events.js';
import { safeFileName } from '../core/files.js';
import {
  receiveUploads,
  rejectionMessage,
  UPLOAD_PATH,
  UPLOAD_TOKEN_HEADER,
  UploadRefused,
  type UploadedFile,
  type UploadLimits,
  type UploadReceiver,
  type UploadRejection,
  type UploadRejectionReason,
} from '../core/uploads.js';
import { optionProps } from './mixins/builder.js';

export type UploadHandler = (file: UploadedFile) => unknown;
export type UploadRejectedHandler = (rejection: UploadRejection) => unknown;

export interface UploadOptions {
  /** Title shown in the uploader's header. */
  label?: string;
  /** File types to offer and accept (`.csv, image/*`), checked in the tab and again on the server. */
  accept?: string;
  /** Lets the person pick several files at once. */
  multiple?: boolean;
  /** Uploads as soon as files are picked (default: after the upload button). */
  autoUpload?: boolean;
  /** Bytes per file (default 10 MB). */
  maxFileSize?: number;
  /** Files per upload (default 10 with `multiple`, else 1). */
  maxFiles?: number;
  /** Bytes of one upload's files together (default 25 MB). */
  maxTotalSize?: number;
  disable?: boolean;
  flat?: boolean;
  bordered?: boolean;
  color?: string;
  /** Runs for each file while it streams in, inside the page (it may change the UI). */
  onUpload?: UploadHandler;
  /** Runs when a file or an upload is refused; without it the person gets a notification. */
  onRejected?: UploadRejectedHandler;
}

const PROPS = ['label', 'accept', 'multiple', 'autoUpload', 'disable', 'flat', 'bordered', 'color'] as const;
const MB = 1024 * 1024;
/** Rejections the tab may report (QUploader's `failedPropValidation`); anything else counts as `filter`. */
const TAB_REASONS = new Set<UploadRejectionReason>(['accept', 'max-file-size', 'max-files', 'max-total-size', 'duplicate', 'filter']);
/** Rejections of one pick that are acted on: a pick of a thousand files must not become a thousand toasts. */
const MAX_TAB_REJECTIONS = 10;

/**
 * A file uploader (QUploader). Files travel by HTTP POST, not over the websocket, with the
 * uploader's own progress bar, to a route that accepts them only for this element of this tab
 * while it is visible and enabled. Each file reaches `onUpload` as a stream while it arrives.
 */
export class Upload extends Element implements UploadReceiver {
  readonly limits: UploadLimits;
  readonly accept: string | undefined;
  private readonly uploadHandlers: UploadHandler[] = [];
  private readonly rejectedHandlers: UploadRejectedHandler[] = [];

  constructor(options: UploadOptions = {}) {
    const limits: UploadLimits = {
      maxFileSize: positive(options.maxFileSize, 10 * MB, 'maxFileSize'),
      maxFiles: positive(options.maxFiles, options.multiple ? 10 : 1, 'maxFiles'),
      maxTotalSize: positive(options.maxTotalSize, 25 * MB, 'maxTotalSize'),
    };
    super('q-uploader');
    this.limits = limits;
    this.accept = options.accept;
    this.props({
      ...optionProps(options, PROPS),
      url: `${UPLOAD_PATH}/${this.client.id}/${this.id}`,
      headers: [{ name: UPLOAD_TOKEN_HEADER, value: this.client.token }],
      fieldName: 'file',
      // All picked files in one request, so the limits hold per upload as the tab shows them.
      batch: true,
      ...(Number.isFinite(limits.maxFileSize) ? { maxFileSize: limits.maxFileSize } : {}),
      // QUploader counts these over every file in its list, uploaded ones included: a single-file
      // uploader given them could take one file ever. The server checks them per upload anyway.
      ...(options.multiple && Number.isFinite(limits.maxTotalSize) ? { maxTotalSize: limits.maxTotalSize } : {}),
      ...(options.multiple && Number.isFinite(limits.maxFiles) ? { maxFiles: limits.maxFiles } : {}),
    });
    this.on('rejected', (event) => this.rejectedInTab(event));
    if (options.onUpload) this.onUpload(options.onUpload);
    if (options.onRejected) this.onRejected(options.onRejected);
    receiveUploads(this, this);
  }

  /** Adds a callback for each received file. */
  onUpload(handler: UploadHandler): this {
    this.uploadHandlers.push(handler);
    return this;
  }

  /** Adds a callback for refused files; with one, refusals no longer notify the person. */
  onRejected(handler: UploadRejectedHandler): this {
    this.rejectedHandlers.push(handler);
    return this;
  }

  /** Empties the uploader's list in the tab. */
  reset(): this {
    this.client.runMethod(this, 'reset');
    return this;
  }

  /** Internal (upload route): runs the callbacks for one file. */
  async receive(file: UploadedFile): Promise<boolean> {
    for (const handler of this.uploadHandlers)
      if (!(await runHandlerToEnd(this, 'upload', () => handler(file), (error) => error instanceof UploadRefused))) return false;
    return true;
  }

  /** Internal (upload route and tab): tells the callbacks or the person why a file was refused. */
  reject(rejection: UploadRejection): void {
    if (this.client.deleted) return;
    if (this.rejectedHandlers.length === 0) return this.client.notify({ message: rejection.message, type: 'warning' });
    for (const handler of this.rejectedHandlers) runHandler(this, 'rejected', () => handler(rejection));
  }

  /** QUploader refused files before sending them: `[{ failedPropValidation, file: { name, size, type } }]`. */
  private rejectedInTab(event: ElementEvent): void {
    const entries = Array.isArray(event.args[0]) ? (event.args[0] as unknown[]).slice(0, MAX_TAB_REJECTIONS) : [];
    for (const entry of entries) {
      const { failedPropValidation, file } = (entry ?? {}) as { failedPropValidation?: unknown; file?: Record<string, unknown> };
      const reason = TAB_REASONS.has(failedPropValidation as UploadRejectionReason) ? (failedPropValidation as UploadRejectionReason) : 'filter';
      const name = safeFileName(typeof file?.name === 'string' ? file.name : undefined);
      const rejection: UploadRejection = { reason, message: rejectionMessage(reason, this.limits, this.accept, name), file: { name } };
      if (typeof file?.size === 'number') rejection.file!.size = file.size;
      if (typeof file?.type === 'string') rejection.file!.type = file.type.slice(0, 200);
      this.reject(rejection);
    }
  }
}

function positive(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!(value > 0)) throw new KiteError(`ui.upload: ${what} must be a positive number, got ${value}`);
  return value;
}

/**
 * `ui.upload({ label: 'Photos', accept: 'image/*', multiple: true, onUpload: async (file) => {
 *   await pipeline(file.stream, createWriteStream(join(dir, file.name))) } })`
 */
export function upload(options: UploadOptions = {}): Upload {
  return new Upload(options);
}
