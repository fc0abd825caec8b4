import { describe, expect, it } from 'vitest';
import { Audio, KiteError, ui } from '../../../framework/index.js';
import { openPage, recordCalls } from './support.js';

describe('ui.audio', () => {
  it('plays a source with controls; play() runs in the tab; its events reach the server', async () => {
    let ended = 0;
    let player!: Audio;
    const user = await openPage(() => {
      player = ui.audio('/static/sound.mp3', { loop: true }).on('ended', () => ended++);
      ui.button('Play', () => player.play());
    });
    const shown = user.find({ kind: Audio });
    expect([shown.spec.tag, shown.prop('src'), shown.prop('controls'), shown.prop('loop'), shown.prop('autoplay')]).toEqual([
      'audio', '/static/sound.mp3', true, true, undefined,
    ]);
    const recorded = recordCalls();
    await user.find('Play').click().finally(recorded.stop);
    expect(recorded.calls).toEqual([['c', 'method', { id: shown.id, name: 'play', args: [] }]]);
    await shown.trigger('ended');
    expect(ended).toBe(1);
  });

  it('refuses javascript: and data: sources, also set later', async () => {
    const errors: unknown[] = [];
    const user = await openPage(() => {
      for (const src of ['javascript:alert(1)', 'data:text/html,<script>x</script>'])
        try {
          ui.audio(src);
        } catch (e) {
          errors.push(e);
        }
      const ok = ui.audio('https://example.com/a.ogg', { controls: false });
      try {
        ok.source = 'JAVASCRIPT:alert(1)';
      } catch (e) {
        errors.push(e);
      }
    });
    expect(errors.map((e) => e instanceof KiteError)).toEqual([true, true, true]);
    const shown = user.find({ kind: Audio });
    expect([shown.prop('src'), shown.prop('controls')]).toEqual(['https://example.com/a.ogg', undefined]);
  });
});
