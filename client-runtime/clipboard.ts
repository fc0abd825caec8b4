import type { CallArgs, ClipboardResult } from '../framework/protocol/messages.js';

/** The part of `navigator.clipboard` the runtime uses; absent outside secure contexts (http on another host). */
export type ClipboardAccess = Pick<Clipboard, 'readText' | 'writeText'>;

/**
 * Largest clipboard text sent to the server, in bytes of its JSON: the answer must fit in one up
 * message (64 KiB by default), or the server would close the socket.
 */
export const MAX_CLIPBOARD_BYTES = 48 * 1024;

const reason = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Reads or writes the clipboard and always answers: a refusal (no permission, no focus, an
 * insecure context) or a text too large to send becomes `{ error }`, never silence.
 */
export async function runClipboard(args: CallArgs['clipboard'], clipboard: ClipboardAccess | undefined): Promise<ClipboardResult> {
  if (!clipboard) return { error: 'the clipboard is only available on https or localhost pages' };
  try {
    if (args.op === 'write') {
      await clipboard.writeText(String(args.text));
      return { ok: true };
    }
    const text = await clipboard.readText();
    const bytes = new TextEncoder().encode(JSON.stringify(text)).length;
    return bytes > MAX_CLIPBOARD_BYTES ? { error: `the clipboard text is too large to send (${bytes} bytes)` } : { text };
  } catch (error) {
    return { error: reason(error) };
  }
}
