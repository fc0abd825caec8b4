import {
  QBtnDropdown,
  QDialog,
  QItem,
  QItemLabel,
  QItemSection,
  QList,
  QMenu,
  QPopupProxy,
  QTooltip,
} from 'quasar';
import type { Component } from 'vue';
import type { GROUPS } from '../tags.js';

/** The overlay group (see tags.ts): menus, dialogs, tooltips and menu items, one chunk. */
export default {
  'q-menu': QMenu,
  'q-dialog': QDialog,
  'q-tooltip': QTooltip,
  'q-list': QList,
  'q-item': QItem,
  'q-item-section': QItemSection,
  'q-item-label': QItemLabel,
  'q-popup-proxy': QPopupProxy,
  'q-btn-dropdown': QBtnDropdown,
} satisfies Record<(typeof GROUPS)['overlay'][number], Component>;
