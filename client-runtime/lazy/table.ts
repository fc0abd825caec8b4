import { QTable, QTd, QTh, QTr } from 'quasar';
import type { Component } from 'vue';
import type { GROUPS } from '../tags.js';

/**
 * The table group (see tags.ts): one chunk. QTable's rows-per-page select and virtual scroll
 * are not in it: the build makes QTable load them when it shows them (build/quasar-patches.ts).
 */
export default {
  'q-table': QTable,
  'q-tr': QTr,
  'q-th': QTh,
  'q-td': QTd,
} satisfies Record<(typeof GROUPS)['table'][number], Component>;
