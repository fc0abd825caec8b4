import { describe, expect, it } from 'vitest';
import { KiteError, Video, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.video', () => {
  it('shows a video with controls, a poster and a size; its source can change', async () => {
    let clip!: Video;
    const user = await openPage(() => {
      clip = ui.video('/static/a.mp4', { poster: '/static/a.jpg', width: '320px', muted: true, autoplay: true });
      ui.button('Next', () => (clip.source = '/static/b.mp4'));
    });
    const shown = user.find({ kind: Video });
    expect([shown.spec.tag, shown.prop('src'), shown.prop('poster'), shown.prop('controls'), shown.prop('muted'), shown.spec.s]).toEqual([
      'video', '/static/a.mp4', '/static/a.jpg', true, true, { width: '320px' },
    ]);
    await user.find('Next').click();
    expect(shown.prop('src')).toBe('/static/b.mp4');
  });

  it('refuses javascript: sources and posters', async () => {
    const errors: unknown[] = [];
    await openPage(() => {
      try {
        ui.video(' javascript:alert(1)');
      } catch (e) {
        errors.push(e);
      }
      try {
        ui.video('/ok.mp4', { poster: 'javascript:alert(1)' });
      } catch (e) {
        errors.push(e);
      }
    });
    expect(errors.map((e) => e instanceof KiteError)).toEqual([true, true]);
  });
});
