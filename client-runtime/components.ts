import { coreComponents } from './core.js';
import { createRegistry, type Components } from './registry.js';
import { GROUPS, type GroupName } from './tags.js';

/** One loader per group (a literal import each, so the build makes each group a chunk). */
const groups: Record<GroupName, () => Promise<{ default: Components }>> = {
  common: () => import('./lazy/common.js'),
  table: () => import('./lazy/table.js'),
  overlay: () => import('./lazy/overlay.js'),
  dialog: () => import('./lazy/dialog.js'),
  select: () => import('./lazy/select.js'),
};

/**
 * The runtime's components: the core ones bundled with it, the groups each as one chunk, and
 * every other Quasar component as its own chunk through the catalog (see tags.ts for what is
 * where, and build/chunking.ts for how the chunks are made).
 */
export const components = createRegistry({
  eager: coreComponents,
  groups: Object.entries(groups).map(([name, load]) => [GROUPS[name as GroupName], load] as const),
  catalog: () => import('./lazy/catalog.js'),
});
