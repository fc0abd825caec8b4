import { describe, expect, it } from 'vitest';
import { Client, ui } from '../../../framework/index.js';
import { defaultClientConfig } from '../../../framework/core/client.js';
import { MemoryLogger } from '../../../framework/testing/index.js';
import { eventually, openPage } from './support.js';

describe('ui.clipboard', () => {
  it('writes text to the tab clipboard and reads it back', async () => {
    let read: string | undefined;
    let written: boolean | undefined;
    const user = await openPage(() => {
      ui.button('Copy', async () => (written = await ui.clipboard.write('copied text')));
      ui.button('Paste', async () => (read = await ui.clipboard.read()));
    });
    await user.find('Copy').click();
    await eventually(user, () => expect([written, user.clipboard]).toEqual([true, 'copied text']));
    user.clipboard = 'from another app';
    await user.find('Paste').click();
    await eventually(user, () => expect(read).toBe('from another app'));
  });

  it('gives undefined and false, and logs why, when the browser refuses', async () => {
    const results: unknown[] = [];
    const user = await openPage(() => {
      ui.button('Try', async () => results.push(await ui.clipboard.read(), await ui.clipboard.write('x')));
    });
    user.clipboard = undefined;
    await user.find('Try').click();
    await eventually(user, () => expect(results).toEqual([undefined, false]));
    expect(user.logger.lines.filter((line) => line.includes('clipboard'))).toEqual([
      expect.stringContaining('clipboard read failed on page /: NotAllowedError: simulated refusal'),
      expect.stringContaining('clipboard write failed on page /: NotAllowedError: simulated refusal'),
    ]);
  });

  it('does not hang when the tab never answers: the call times out', async () => {
    const logger = new MemoryLogger();
    const client = new Client({ path: '/', params: {}, query: {} }, { ...defaultClientConfig, logger, callTimeout: 10 });
    client.takeSnapshot();
    await expect(client.build(() => ui.clipboard.read())).resolves.toBeUndefined();
    await expect(client.build(() => ui.clipboard.write('x'))).resolves.toBe(false);
    expect(logger.lines).toEqual([
      expect.stringContaining('clipboard read failed on page /: no result for clipboard read within 10 ms'),
      expect.stringContaining('clipboard write failed on page /: no result for clipboard write within 10 ms'),
    ]);
    client.delete();
  });

  it('ignores an answer of the wrong shape', async () => {
    let read: string | undefined = 'unset';
    const user = await openPage(() => ui.button('Paste', async () => (read = await ui.clipboard.read())));
    // A tab that answers with a number instead of { text }.
    (user as unknown as { answerClipboard(args: { call: number }): void }).answerClipboard = (args) =>
      setImmediate(() => user.send(['r', args.call, 42]));
    await user.find('Paste').click();
    await eventually(user, () => expect(read).toBeUndefined());
  });

  it('needs a page', () => {
    expect(() => ui.clipboard.read()).toThrow(/outside a page/);
  });
});
