import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { RequestValidationError } from '../../openapi/validation.js';
import { DomainError, TooManyRequests, type DomainErrorKind } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { JSON_ANSWER_HEADERS } from './headers.js';

const statusOf: Record<DomainErrorKind, number> = {
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-many-requests': 429,
};

/**
 * The one error middleware, for the API and for everything else on the app (the UI's pages, uploads
 * and downloads): domain errors, request validation and any 4xx an Express part raised become `{detail}`
 * with their status; anything else is logged and answered with a bare 500, never a stack or an
 * internal message.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    res.set(JSON_ANSWER_HEADERS);
    if (error instanceof RequestValidationError) {
      res.status(422).json({ detail: error.issues });
      return;
    }
    if (error instanceof DomainError) {
      if (error.kind === 'unauthenticated') res.set('WWW-Authenticate', 'Bearer');
      if (error instanceof TooManyRequests) res.set('Retry-After', String(error.retryAfterSeconds));
      res.status(statusOf[error.kind]).json({ detail: error.message });
      return;
    }
    const clientError = httpClientError(error);
    if (clientError) {
      res.set(clientError.headers).status(clientError.status).json({ detail: clientError.message });
      return;
    }
    logger.error(`${req.method} ${req.path} failed`, error);
    res.status(500).json({ detail: 'Internal Server Error' });
  };
}

/** Unknown paths answer like FastAPI (`{"detail":"Not Found"}`, the JSON headers) instead of Express's HTML page. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.set(JSON_ANSWER_HEADERS).status(404).json({ detail: 'Not Found' });
};

/**
 * Errors that carry a 4xx status (http-errors from body-parser, the router's "Failed to decode param"
 * for a malformed %-escape): the client's mistake. Only a message flagged `expose` is meant for the
 * client; the others answer the status's own text. Their `headers` (a 405's Allow) are sent, as
 * Express's final handler would.
 */
function httpClientError(error: unknown): { status: number; message: string; headers: Record<string, string> } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, expose, message, headers } = error as { status?: unknown; expose?: unknown; message?: unknown; headers?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  return {
    status,
    message: expose === true && typeof message === 'string' ? message : (STATUS_CODES[status] ?? 'Bad Request'),
    headers: typeof headers === 'object' && headers !== null ? (headers as Record<string, string>) : {},
  };
}
