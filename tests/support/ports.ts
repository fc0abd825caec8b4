import { createServer } from 'node:net';

/**
 * A loopback port free right now, for a server that must come back on the same port (a restart):
 * ephemeral port 0 would give the new process another one.
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
