import type { Client } from '../../framework/index.js';
import type { ChangeEvent } from '../services/bus.js';
import type { UiDeps } from './deps.js';

/** Coalesces bursts of changes (e.g. a bulk import) into one refresh per screen. */
const REFRESH_DELAY_MS = 50;

/**
 * Calls `refresh` (at most once per burst) whenever a change that `concerns` this screen is
 * published, and when the bus may have missed changes (its link to the other processes is back),
 * for as long as the client lives. Work is per open screen, never a poll.
 */
export function refreshOnChange(
  client: Client,
  deps: UiDeps,
  concerns: (event: ChangeEvent) => boolean,
  refresh: () => unknown,
): void {
  let timer: NodeJS.Timeout | undefined;
  const scheduleRefresh = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      client.build(() => client.runSafely(refresh, { where: 'live refresh' }));
    }, REFRESH_DELAY_MS);
  };
  const unsubscribe = deps.bus.subscribe((event) => {
    if (concerns(event)) scheduleRefresh();
  });
  const unsubscribeMissed = deps.bus.onMissedChanges(scheduleRefresh);
  client.onDelete(() => {
    clearTimeout(timer);
    unsubscribe();
    unsubscribeMissed();
  });
}
