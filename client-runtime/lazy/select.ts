import { QSelect, QVirtualScroll } from 'quasar';
import type { Component } from 'vue';
import type { GROUPS } from '../tags.js';

/** The select group (see tags.ts): QSelect and virtual scrolling, one chunk. */
export default {
  'q-select': QSelect,
  'q-virtual-scroll': QVirtualScroll,
} satisfies Record<(typeof GROUPS)['select'][number], Component>;
