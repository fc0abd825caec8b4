/** Simulated users for page tests: no browser, the real page, outbox and protocol code. */
export { SimulatedUser, MemoryLogger, contentOf } from './user.js';
export type { PressKeyOptions, Query, SimulatedUserOptions } from './user.js';
export { UserElement } from './user-element.js';
export { SimulatedDownload } from './transfers.js';
export type { FileToUpload } from './transfers.js';
