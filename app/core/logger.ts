/** The app logs through this, never straight to console, so tests can silence or inspect it. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(`[kite] ${message}`),
  warn: (message) => console.warn(`[kite] warning: ${message}`),
  error: (message, error) => console.error(`[kite] error: ${message}`, ...(error === undefined ? [] : [error])),
};

export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};
