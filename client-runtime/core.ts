import { QBtn, QIcon, QLayout, QPage, QPageContainer, QSpinner, Quasar } from 'quasar';
import type { Component } from 'vue';
import type { CORE_TAGS } from './tags.js';

/**
 * The core of every first load, bundled with Vue and the runtime into one chunk (see
 * build/chunking.ts): Quasar's plugin, the page frame every Kite page has and the most common
 * elements. All other components load when a page first shows them (components.ts).
 */
export { Quasar };

export const coreComponents = {
  'q-layout': QLayout,
  'q-page-container': QPageContainer,
  'q-page': QPage,
  'q-btn': QBtn,
  'q-icon': QIcon,
  'q-spinner': QSpinner,
} satisfies Record<(typeof CORE_TAGS)[number], Component>;
