import { describe, expect, it } from 'vitest';
import { Log, ui } from '../../../framework/index.js';
import { openPage, recordFrames } from './support.js';

describe('ui.log', () => {
  it('appends lines as text, oldest first, and drops the oldest beyond maxLines', async () => {
    let log!: Log;
    const user = await openPage(() => {
      log = ui.log({ maxLines: 3 });
      ui.button('Run', () => {
        for (const n of [1, 2, 3, 4]) log.push(`step ${n}`);
      });
    });
    await user.find('Run').click();
    expect(log.lines).toEqual(['step 2', 'step 3', 'step 4']);
    expect(user.visibleText().filter((t) => t.startsWith('step'))).toEqual(['step 2', 'step 3', 'step 4']);
    log.push('<b>not html</b>');
    await user.settle();
    await user.should.see('<b>not html</b>');
    expect(user.find({ kind: Log }).spec.tag).toBe('div');
  });

  it('sends only the new line, never the history, however long the log', async () => {
    let log!: Log;
    const user = await openPage(() => {
      log = ui.log({ maxLines: 500 });
    });
    for (let i = 0; i < 1000; i++) log.push(`history line ${i} ${'x'.repeat(60)}`);
    await user.settle();
    const frames = recordFrames(user);
    log.push('the newest line');
    await user.settle();
    expect(frames).toHaveLength(1);
    expect(frames[0]).toContain('the newest line');
    expect(frames[0]).not.toContain('history line');
    expect(frames[0]!.length).toBeLessThan(600);
    expect(log.lines).toHaveLength(500);
    expect(log.lines[0]).toMatch(/^history line 501 /);
    expect(user.visibleText().filter((t) => t.includes('line'))).toHaveLength(500);
  });

  it('clears', async () => {
    let log!: Log;
    const user = await openPage(() => {
      log = ui.log();
      log.push('a').push('b');
      ui.button('Clear', () => log.clear());
    });
    await user.find('Clear').click();
    expect([log.lines, user.visibleText()]).toEqual([[], ['Clear']]);
    log.push('c');
    await user.settle();
    await user.should.see('c');
  });
});
