import {
  QItem,
  QItemLabel,
  QItemSection,
  QList,
  QMenu,
} from 'quasar';
import type { Component } from 'vue';
import type { GROUPS } from '../tags.js';

/** The overlay group (see tags.ts): menus and their items, one chunk. */
export default {
  'q-menu': QMenu,
  'q-list': QList,
  'q-item': QItem,
  'q-item-section': QItemSection,
  'q-item-label': QItemLabel,
} satisfies Record<(typeof GROUPS)['overlay'][number], Component>;
