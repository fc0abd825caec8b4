/**
 * Domain errors thrown by services. They carry the user-facing message (`detail`) but no HTTP status:
 * the API's error middleware maps `kind` to a status, and the UI can show `message` as it is.
 */
export type DomainErrorKind = 'bad-request' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'too-many-requests';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
}

export class BadRequest extends DomainError {
  readonly kind = 'bad-request';
}

/** No credentials were presented at all. */
export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated';
}

export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
}

export class NotFound extends DomainError {
  readonly kind = 'not-found';
}

export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

export class TooManyRequests extends DomainError {
  readonly kind = 'too-many-requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
