import { currentClient } from '../core/scope.js';

/** `ui.navigate.to('/items')`, `.back()`, `.forward()`, `.reload()` in the current tab. */
export const navigate = {
  to(url: string, options: { replace?: boolean; newTab?: boolean } = {}): void {
    currentClient('ui.navigate.to').navigate(url, options);
  },
  back(): void {
    currentClient('ui.navigate.back').call('navigate', { history: -1 });
  },
  forward(): void {
    currentClient('ui.navigate.forward').call('navigate', { history: 1 });
  },
  reload(): void {
    currentClient('ui.navigate.reload').call('navigate', { history: 0 });
  },
};
