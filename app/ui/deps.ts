import type { ChangeBus } from '../services/bus.js';
import type { Services } from '../services/index.js';

/** What the screens need from the app: its use cases and the bus that announces changes. */
export interface UiDeps {
  services: Services;
  bus: ChangeBus;
}
