/**
 * The entry module: a stub. The runtime, Vue and Quasar's core are one shared chunk that every
 * lazily loaded chunk also imports (build/chunking.ts), so that they stay in a single file.
 */
import { startRuntime } from './app.js';

startRuntime();
