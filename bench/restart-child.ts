/**
 * The counter example as a process of its own for the restart benchmark: `restart-child.ts PORT DIR`
 * serves it on that port with its storage (the browser-id secret) in DIR, so that a process started
 * again on both is the same server restarted. Stops on SIGTERM as the app does.
 */
import { counterPages } from '../examples/counter.js';
import { run } from '../framework/index.js';
import { MemoryLogger } from '../framework/testing/index.js';

const [port, dir] = process.argv.slice(2);
const app = await run({ pages: counterPages, port: Number(port), host: '127.0.0.1', storageDir: dir, logger: new MemoryLogger(), dev: false });
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
console.log(`listening on ${app.url}`);
