/**
 * Which component tags load together, and which tags a page needs before its first render.
 * Plain data and functions only (no Vue, no Quasar): the build, the benchmarks and the runtime
 * all read it.
 */

/**
 * In the entry's chunk with Vue and Quasar's plugin: the page frame every Kite page has and the
 * most common elements (QSpinner comes with QBtn).
 */
export const CORE_TAGS = ['q-layout', 'q-page-container', 'q-page', 'q-btn', 'q-icon', 'q-spinner'] as const;

/**
 * Components loaded by group, each group as one chunk the first time a page shows any of its
 * tags: a few files instead of dozens of small ones, each gzipped on its own. A group is a
 * module under `lazy/` named after it; the build decides from a first pass which lazy chunks
 * load which groups (build/chunking.ts, `HUB`).
 */
export const GROUPS = {
  /** The page layout's bars and drawers, and the content and form elements of most pages. */
  common: [
    'q-header',
    'q-footer',
    'q-drawer',
    'q-toolbar',
    'q-toolbar-title',
    'q-card',
    'q-card-section',
    'q-card-actions',
    'q-separator',
    'q-space',
    'q-input',
    'q-checkbox',
    'q-toggle',
    'q-linear-progress',
    'q-badge',
    'q-avatar',
  ],
  /** QTable; its rows-per-page select and virtual scrolling load only when shown. */
  table: ['q-table', 'q-tr', 'q-th', 'q-td'],
  /** Menus (portals and positioning) with the items they list. */
  overlay: ['q-menu', 'q-list', 'q-item', 'q-item-section', 'q-item-label'],
  /** Dialogs, on their own so that a page with a dialog does not load menus. */
  dialog: ['q-dialog'],
  /** QSelect and virtual scrolling; a select also loads the menu and dialog groups it opens. */
  select: ['q-select', 'q-virtual-scroll'],
} as const;

export type GroupName = keyof typeof GROUPS;

/**
 * The hub: a lazily loaded chunk that shares code with it loads it, and the shared code lives in
 * its chunk (build/chunking.ts), instead of in small chunks of its own.
 */
export const HUB: GroupName = 'common';

/** Tags that may name a lazily loaded component (Quasar's `q-*`, Kite's `k-*`); others are HTML. */
export function mayBeComponentTag(tag: string): boolean {
  return tag.startsWith('q-') || tag.startsWith('k-');
}
