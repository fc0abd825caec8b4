import { Client, defaultClientConfig, type ClientConfig } from '../../framework/core/client.js';
import type { DownMessage, Op } from '../../framework/protocol/messages.js';
import { MemoryLogger } from '../../framework/testing/index.js';

/** A client with a fake socket that records every frame it sends. */
export function recordingClient(config: Partial<ClientConfig> = {}) {
  const logger = new MemoryLogger();
  const client = new Client({ path: '/test', params: {}, query: {} }, { ...defaultClientConfig, logger, dev: true, ...config });
  const frames: { seq: number; ops: Op[]; bytes: number }[] = [];
  client.takeSnapshot();
  client.attach({
    send(text) {
      const message = JSON.parse(text) as DownMessage;
      if (message[0] === 'f') frames.push({ seq: message[1], ops: message[2], bytes: Buffer.byteLength(text) });
    },
    close() {},
  });
  return { client, frames, logger };
}

/** Waits for the frame of the current turn to leave. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
