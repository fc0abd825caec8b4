import type { NotifyOptions } from '../protocol/messages.js';
import { currentClient } from '../core/scope.js';

/** `ui.notify('Saved', { type: 'positive' })`: a toast in the current tab (text only, never HTML). */
export function notify(message: string, options: Omit<NotifyOptions, 'message'> = {}): void {
  currentClient('ui.notify').notify(message, options);
}
