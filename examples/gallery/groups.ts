/** The gallery's groups, in the order of the index page; each is one file of demos. */
import binding from './binding.js';
import browser from './browser.js';
import buttons from './buttons.js';
import charts from './charts.js';
import data from './data.js';
import type { Group } from './demo.js';
import feedback from './feedback.js';
import files from './files.js';
import furniture from './furniture.js';
import inputs from './inputs.js';
import layout from './layout.js';
import lifecycle from './lifecycle.js';
import navigation from './navigation.js';
import pickers from './pickers.js';
import textMedia from './text-media.js';

export const groups: readonly Group[] = [
  textMedia,
  buttons,
  inputs,
  pickers,
  layout,
  navigation,
  data,
  charts,
  feedback,
  files,
  browser,
  furniture,
  lifecycle,
  binding,
];
