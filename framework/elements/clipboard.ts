import type { Client } from '../core/client.js';
import { currentClient } from '../core/scope.js';

/** The tab's answer as far as the server trusts it: any other shape counts as a refusal. */
function answer(value: unknown): { text?: string; ok?: boolean; error?: string } {
  if (typeof value !== 'object' || value === null) return { error: 'no valid answer from the tab' };
  const { text, ok, error } = value as Record<string, unknown>;
  if (typeof text === 'string') return { text };
  if (ok === true) return { ok };
  return { error: typeof error === 'string' ? error.slice(0, 200) : 'no valid answer from the tab' };
}

/** Asks the tab; a refusal or a timeout is logged (with the browser's reason) and yields `undefined`. */
async function ask(client: Client, args: { op: 'read' } | { op: 'write'; text: string }): Promise<{ text?: string; ok?: boolean }> {
  let result: ReturnType<typeof answer>;
  try {
    result = answer(await client.callForResult('clipboard', (call) => ({ ...args, call }), `clipboard ${args.op}`));
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  if (result.error !== undefined) client.config.logger.warn(`[kite] clipboard ${args.op} failed on page ${client.page.path}: ${result.error}`);
  return result;
}

/**
 * The clipboard of the current tab. Browsers allow it only on https or localhost pages, and may
 * ask the user (reading usually needs permission; writing needs the page to have focus). Neither
 * call rejects or hangs: a refusal, or no answer within the call timeout, gives `undefined` from
 * `read()` and `false` from `write()`, and the reason is logged.
 */
export const clipboard = {
  /** `const text = await ui.clipboard.read()`: the clipboard's text, or `undefined` when the tab cannot read it. */
  read(): Promise<string | undefined> {
    return ask(currentClient('ui.clipboard.read'), { op: 'read' }).then((result) => result.text);
  },

  /** `ui.clipboard.write('copied')`: resolves to whether the tab wrote it (awaiting is optional). */
  write(text: string): Promise<boolean> {
    return ask(currentClient('ui.clipboard.write'), { op: 'write', text: String(text) }).then((result) => result.ok === true);
  },
};
