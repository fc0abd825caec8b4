import { PageRegistry } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';

/** Opens a one-page app built by `build` and returns the user looking at it. */
export async function openPage(build: () => unknown): Promise<SimulatedUser> {
  const pages = new PageRegistry();
  pages.add('/', async () => {
    // Not `return build()`: a page that returns a dialog would wait for the dialog's result.
    const result = build();
    if (result instanceof Promise) await result;
  });
  const user = new SimulatedUser({ pages });
  await user.open('/');
  return user;
}

/** Waits (up to 2 s) until `check` passes: for server work that takes real time, such as a query. */
export async function eventually(user: SimulatedUser, check: () => void): Promise<void> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    await user.settle();
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 2));
    }
  }
}

/** Records the frames the tab receives from now on, as the JSON text that crossed the wire. */
export function recordFrames(user: SimulatedUser): string[] {
  const frames: string[] = [];
  const transport = user.client.transport;
  if (!transport) throw new Error('the page is not connected');
  const send = transport.send.bind(transport);
  transport.send = (text: string) => {
    frames.push(text);
    send(text);
  };
  return frames;
}

type CallOp = [string, string, unknown];

/**
 * Records the calls (notify, title, method, ...) every simulated tab applies until `stop()`,
 * including those that arrive while a page opens.
 */
export function recordCalls(): { calls: CallOp[]; stop(): void } {
  const proto = SimulatedUser.prototype as unknown as { onCall(op: CallOp): void };
  const original = proto.onCall;
  const calls: CallOp[] = [];
  proto.onCall = function (this: SimulatedUser, op: CallOp) {
    calls.push(op);
    original.call(this, op);
  };
  return { calls, stop: () => void (proto.onCall = original) };
}
