import { describe, expect, it } from 'vitest';
import { KiteError, TimelineEntry, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.timelineEntry', () => {
  it('shows a title, subtitle and body, or built content', async () => {
    const user = await openPage(() =>
      ui.timeline(() => {
        ui.timelineEntry('Rewrote the parser', { title: 'v2.0', subtitle: 'May 2025', icon: 'rocket', avatar: '/static/me.png' });
        ui.timelineEntry('', { heading: true }, () => ui.label('2024'));
      }),
    );
    const entry = user.find('v2.0');
    expect([entry.spec.tag, entry.text, entry.prop('subtitle'), entry.prop('icon'), entry.prop('avatar')]).toEqual([
      'q-timeline-entry', 'Rewrote the parser', 'May 2025', 'rocket', '/static/me.png',
    ]);
    const heading = user.findAll({ kind: TimelineEntry })[1]!;
    expect([heading.prop('heading'), heading.element.children()[0]!.text]).toEqual([true, '2024']);
  });

  it('refuses a javascript: avatar', async () => {
    const errors: unknown[] = [];
    await openPage(() => {
      try {
        ui.timelineEntry('x', { avatar: 'javascript:alert(1)' });
      } catch (e) {
        errors.push(e);
      }
      const ok = ui.timelineEntry('y');
      try {
        ok.props({ avatar: 'java\tscript:alert(1)' });
      } catch (e) {
        errors.push(e);
      }
    });
    expect(errors.map((e) => e instanceof KiteError)).toEqual([true, true]);
  });
});
