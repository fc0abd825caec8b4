/**
 * Which component tags the first render of a tree needs: the server preloads their chunks and
 * the runtime loads them before it renders. Pure, shared by both.
 */
import type { ElementSpec } from './messages.js';

/** QTable's default `rowsPerPageOptions`: more than one option shows the rows-per-page select. */
const TABLE_ROWS_PER_PAGE_OPTIONS = 8;

/**
 * Components that some components render only in some configurations, so their code loads
 * separately (see client-runtime/build/quasar-patches.ts): for an element, the extra tags its first render needs.
 */
export function impliedTags(spec: ElementSpec): string[] {
  if (spec.tag !== 'q-table') return [];
  const p = spec.p ?? {};
  const tags: string[] = [];
  const options = Array.isArray(p.rowsPerPageOptions) ? p.rowsPerPageOptions.length : TABLE_ROWS_PER_PAGE_OPTIONS;
  if (p.hideBottom !== true && p.hidePagination !== true && options > 1) tags.push('q-select');
  if (p.virtualScroll === true) tags.push('q-virtual-scroll');
  return tags;
}

/** Every component tag the first render of these elements needs: their own and the implied ones. */
export function neededTags(elements: Iterable<ElementSpec>): Set<string> {
  const tags = new Set<string>();
  for (const spec of elements) {
    tags.add(spec.tag);
    for (const tag of impliedTags(spec)) tags.add(tag);
  }
  return tags;
}
