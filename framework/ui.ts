/** The `ui` namespace: one line per element factory. */
export { page } from './server/pages.js';
export { notify } from './elements/notify.js';
export { navigate } from './elements/navigate.js';
export { timer } from './elements/timer.js';
export { refreshable } from './elements/refreshable.js';
export { label } from './elements/label.js';
export { button } from './elements/button.js';
export { card } from './elements/card.js';
export { input } from './elements/input.js';
