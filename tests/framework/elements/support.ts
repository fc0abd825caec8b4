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
