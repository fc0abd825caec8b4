import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

/** Whether `redis-server` can be run here; the Redis tests skip (with a notice) when it cannot. */
export const redisInstalled = spawnSync('redis-server', ['--version']).status === 0;
if (!redisInstalled) console.warn('redis-server is not installed: the Redis tests are skipped (apt-get install redis-server)');

/** A throwaway Redis of the test's own: a free port, no persistence, a temp folder, only 127.0.0.1. */
export interface TestRedis {
  url: string;
  /** Kills the server abruptly (as a crash or a cut network would look to clients). */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Suspends the server (SIGSTOP): connections stay open and nothing is answered, as on a silently cut network. */
  freeze(): void;
  /** Resumes a frozen server (SIGCONT); it answers what it was sent meanwhile. */
  thaw(): void;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kite-redis-'));
  let server: ChildProcess | undefined;
  const start = async () => {
    server = await launch(port, dir);
  };
  const kill = async () => {
    const running = server;
    running?.kill('SIGCONT'); // a frozen server would not die of SIGKILL any later, but its exit event would wait
    server = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    freeze: () => void server?.kill('SIGSTOP'),
    thaw: () => void server?.kill('SIGCONT'),
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves when the server says it accepts connections (read from its log, not polled). */
function launch(port: number, dir: string): Promise<ChildProcess> {
  const args = ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1', '--dir', dir, '--logfile', ''];
  const child = spawn('redis-server', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready to accept connections')) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve(child);
      }
    });
    child.stderr.resume();
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code} before it was ready:\n${log}`)));
  });
}
