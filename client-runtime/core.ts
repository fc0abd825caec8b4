import { QBtn, QIcon, QLayout, QPage, QPageContainer, Quasar } from 'quasar';
import type { Component } from 'vue';

/**
 * The core of every first load, bundled with Vue into one shared chunk (see
 * build/shared-core.ts): Quasar's plugin, the page frame every Kite page has and the most
 * common elements. All other components load when a page first shows them (components.ts).
 */
export { Quasar };

export const coreComponents: Record<string, Component> = {
  'q-layout': QLayout,
  'q-page-container': QPageContainer,
  'q-page': QPage,
  'q-btn': QBtn,
  'q-icon': QIcon,
};
