import {
  QAvatar,
  QBadge,
  QCard,
  QCardActions,
  QCardSection,
  QCheckbox,
  QDrawer,
  QFooter,
  QHeader,
  QInput,
  QLinearProgress,
  QSeparator,
  QSpace,
  QToggle,
  QToolbar,
  QToolbarTitle,
} from 'quasar';
import type { Component } from 'vue';
import type { GROUPS } from '../tags.js';

/** The common elements group (see tags.ts): one chunk. */
export default {
  'q-header': QHeader,
  'q-footer': QFooter,
  'q-drawer': QDrawer,
  'q-toolbar': QToolbar,
  'q-toolbar-title': QToolbarTitle,
  'q-card': QCard,
  'q-card-section': QCardSection,
  'q-card-actions': QCardActions,
  'q-separator': QSeparator,
  'q-space': QSpace,
  'q-input': QInput,
  'q-checkbox': QCheckbox,
  'q-toggle': QToggle,
  'q-linear-progress': QLinearProgress,
  'q-badge': QBadge,
  'q-avatar': QAvatar,
} satisfies Record<(typeof GROUPS)['common'][number], Component>;
