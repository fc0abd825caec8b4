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
