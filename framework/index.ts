/** Kite's public API: the only module an app imports. */
export * as ui from './ui.js';
export { Element } from './core/element.js';
export type { ElementEvent, EventHandler, OnOptions, Builder } from './core/element.js';
export { Client } from './core/client.js';
export type { Logger, PageInfo } from './core/client.js';
export { KiteError } from './core/errors.js';
export { storage } from './core/storage.js';
export { currentClient } from './core/scope.js';
export { PageRegistry, defaultPages } from './server/pages.js';
export type { PageBuilder, PageContext, PageGuard, PageOptions } from './server/pages.js';
export { ValueElement } from './elements/mixins/value.js';
export type { ValueChangeEvent, ValueChangeHandler } from './elements/mixins/value.js';
export type { Validator } from './elements/input.js';
export type { Timer } from './elements/timer.js';
export type { Refreshable } from './elements/refreshable.js';
