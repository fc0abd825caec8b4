import { QDialog } from 'quasar';
import type { Component } from 'vue';
import type { GROUPS } from '../tags.js';

/** The dialog group (see tags.ts): one chunk. */
export default { 'q-dialog': QDialog } satisfies Record<(typeof GROUPS)['dialog'][number], Component>;
