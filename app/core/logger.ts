/** The app logs through this, never straight to console, so tests can silence or inspect it. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

const BCRYPT_HASH = /\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}/g;
const JWT = /\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/g;

/**
 * Masks password hashes and tokens. Unexpected errors are logged whole, and a driver error's message
 * can quote the SQL it ran, hash included; this keeps such values out of the logs anyway.
 */
export function redact(text: string): string {
  return text.replace(BCRYPT_HASH, '[redacted hash]').replace(JWT, '[redacted token]');
}

function describeError(error: unknown): string {
  return redact(error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error));
}

export const consoleLogger: Logger = {
  info: (message) => console.log(`[kite] ${redact(message)}`),
  warn: (message) => console.warn(`[kite] warning: ${redact(message)}`),
  error: (message, error) => console.error(`[kite] error: ${redact(message)}${error === undefined ? '' : `\n${describeError(error)}`}`),
};

export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};
