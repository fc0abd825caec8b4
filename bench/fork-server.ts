import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EventLoopUtilization } from 'node:perf_hooks';
import type { PageSetName } from './pages.js';
import type { HandlingTimes } from './handling.js';

/** What the child reports about itself. */
export interface Usage {
  cpu: NodeJS.CpuUsage;
  elu: EventLoopUtilization;
  /** Events handled so far: the sum of every counter label on the server. */
  events: number;
}

export interface Memory extends NodeJS.MemoryUsage {
  /** Bytes V8 reserves for the young generation: it grows under allocation load, once, up to a cap. */
  newSpace: number;
  /** Of those, the bytes backed by memory (in RSS): the pages the allocator has touched so far. */
  newSpaceResident: number;
}

/** Requests the parent can make, and what each replies. */
export interface Requests {
  usage: { args: Record<string, never>; reply: Usage };
  /** Full garbage collections, then a pause so the allocator can return memory. */
  gc: { args: { settleMs: number }; reply: Memory };
  /** Server-side handling time per click message, measured in the child (see handling.ts). */
  handling: { args: { perSecond: number; seconds: number }; reply: HandlingTimes };
  /** CPU profile of a window: `profileStop` replies with the hottest functions (see profile.ts). */
  profileStart: { args: Record<string, never>; reply: null };
  profileStop: { args: Record<string, never>; reply: string[] };
  /** Writes a heap snapshot (after full GCs) and replies with its file name. */
  heapSnapshot: { args: Record<string, never>; reply: string };
  stop: { args: Record<string, never>; reply: null };
}
export type RequestName = keyof Requests;
export interface RequestMessage {
  id: number;
  name: RequestName;
  args: unknown;
}

export interface ServerChild {
  url: string;
  request<N extends RequestName>(name: N, args: Requests[N]['args']): Promise<Requests[N]['reply']>;
  /** Stops the server and waits for the child to exit. */
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

/**
 * Starts a Kite server in a child process, so the load generator's CPU and memory are not mixed
 * into the server's figures. `nodeOptions` go to the child's node (V8 flags). With `builtAssets`
 * the child serves the real client build (for a browser); otherwise a fixture manifest.
 */
export async function forkServer(pages: PageSetName, nodeOptions: string[] = [], builtAssets = false): Promise<ServerChild> {
  const execArgv = ['--import', 'tsx', '--expose-gc', ...nodeOptions];
  const child = fork(CHILD, builtAssets ? [pages, 'built'] : [pages], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, (reply: unknown) => void>();
  let nextId = 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    void exited.then(() => reject(new Error(`server child exited with ${child.exitCode} before it was ready`)));
    child.on('message', (message: { id?: number; reply?: unknown; ready?: string }) => {
      if (message.ready) resolve(message.ready);
      else if (message.id !== undefined) pending.get(message.id)?.(message.reply);
    });
  });
  const request = <N extends RequestName>(name: N, args: Requests[N]['args']): Promise<Requests[N]['reply']> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, (reply) => (pending.delete(id), resolve(reply as Requests[N]['reply'])));
      child.send({ id, name, args } satisfies RequestMessage);
    });
  return {
    url,
    request,
    async stop() {
      if (child.exitCode !== null) return;
      child.send({ id: nextId++, name: 'stop', args: {} } satisfies RequestMessage);
      // A child that does not exit in time is killed, so a failed run never leaves a server behind.
      const timer = setTimeout(() => child.kill(), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
