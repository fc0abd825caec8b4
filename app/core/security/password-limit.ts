import { isWellFormed } from '../unicode.js';

/** bcrypt reads at most 72 bytes of a password's UTF-8 and silently ignores the rest. */
export const PASSWORD_MAX_BYTES = 72;

export function fitsPasswordBytes(password: string): boolean {
  return Buffer.byteLength(password, 'utf8') <= PASSWORD_MAX_BYTES;
}

/**
 * Whether bcrypt would hash exactly this password: at most 72 UTF-8 bytes, and well-formed Unicode
 * (a lone surrogate is encoded as U+FFFD, so two different passwords would share a hash).
 */
export function bcryptHashesExactly(password: string): boolean {
  return fitsPasswordBytes(password) && isWellFormed(password);
}
