import type { ErrorRequestHandler, RequestHandler } from 'express';
import { RequestValidationError } from '../../openapi/validation.js';
import { DomainError, TooManyRequests, type DomainErrorKind } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

const statusOf: Record<DomainErrorKind, number> = {
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-many-requests': 429,
};

/**
 * The one error middleware: domain errors and request validation become `{detail}` with their status;
 * anything else is logged and answered with a bare 500, never a stack or an internal message.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
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
      res.status(clientError.status).json({ detail: clientError.message });
      return;
    }
    logger.error(`${req.method} ${req.path} failed`, error);
    res.status(500).json({ detail: 'Internal Server Error' });
  };
}

/** Unknown API paths answer like FastAPI instead of Express's HTML page. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ detail: 'Not Found' });
};

/** Errors from body-parser and friends (http-errors): a 4xx status and a message meant for the client. */
function httpClientError(error: unknown): { status: number; message: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, expose, message } = error as { status?: unknown; expose?: unknown; message?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500 || expose !== true) return undefined;
  return { status, message: typeof message === 'string' ? message : 'Bad Request' };
}
