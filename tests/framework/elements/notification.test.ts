import { describe, expect, it } from 'vitest';
import { KiteError, Notification, ui } from '../../../framework/index.js';
import { openPage, recordFrames } from './support.js';

describe('ui.notification', () => {
  it('shows its message and options, as text, in the tab', async () => {
    const user = await openPage(() => ui.notification('<b>Saving</b>', { type: 'ongoing', caption: 'report.pdf', position: 'top' }));
    const shown = user.find({ kind: Notification });
    expect(shown.spec.tag).toBe('k-notification');
    expect(shown.spec.p).toEqual({ message: '<b>Saving</b>', caption: 'report.pdf', type: 'ongoing', position: 'top' });
    await user.should.see('<b>Saving</b>');
  });

  it('changes what it shows later, each change as a prop of its own', async () => {
    let note!: Notification;
    const user = await openPage(() => {
      note = ui.notification('Working', { spinner: true, timeout: 0 });
    });
    const frames = recordFrames(user);
    note.message = 'Done';
    note.spinner = false;
    note.type = 'positive';
    note.caption = 'all 3 files';
    await user.settle();
    expect(frames).toHaveLength(1);
    const [, , ops] = JSON.parse(frames[0]!) as [string, number, unknown[]];
    expect(ops).toEqual([['u', note.id, { p: { message: 'Done', spinner: false, type: 'positive', caption: 'all 3 files' } }]]);
    await user.should.see('Done');
    note.caption = undefined;
    await user.settle();
    expect(user.find({ kind: Notification }).spec.p).not.toHaveProperty('caption');
  });

  it('is dismissed from the server: it leaves the tab, and later changes do nothing', async () => {
    let note!: Notification;
    const user = await openPage(() => {
      note = ui.notification('Uploading');
      ui.button('Cancel', () => note.dismiss());
    });
    await user.find('Cancel').click();
    await user.should.notSee('Uploading');
    expect(note.dismissed).toBe(true);
    note.message = 'too late';
    note.dismiss();
    await user.settle();
    expect(user.findAll({ kind: Notification })).toEqual([]);
  });

  it('hears when the tab dismisses it (timeout or close button), and is gone', async () => {
    const heard: string[] = [];
    let note!: Notification;
    const user = await openPage(() => {
      note = ui.notification('Heads up', { closeBtn: 'OK', timeout: 0 }).onDismiss((e) => void heard.push(e.sender.message));
    });
    await user.find({ kind: Notification }).trigger('dismiss');
    expect(heard).toEqual(['Heads up']);
    expect(note.dismissed).toBe(true);
    await user.should.notSee('Heads up');
  });

  it('belongs to the page, not to the container it was made in', async () => {
    const user = await openPage(() => {
      const card = ui.card(() => ui.notification('Still here'));
      ui.button('Clear', () => card.clear());
      ui.button('Hide', () => (card.visible = false));
    });
    await user.find('Clear').click();
    await user.find('Hide').click();
    await user.should.see('Still here');
    await user.find({ kind: Notification }).trigger('dismiss');
    await user.should.notSee('Still here');
  });

  it('refuses options Quasar would reject', async () => {
    await openPage(() => {
      expect(() => ui.notification('x', { timeout: -1 })).toThrow(KiteError);
      expect(() => ui.notification('x', { position: 'middle' as 'top' })).toThrow(/top-right/);
      const note = ui.notification('x');
      expect(() => (note.type = 'fatal' as 'info')).toThrow(/positive/);
      expect(() => (note.timeout = Number.NaN)).toThrow(KiteError);
      expect(note.type).toBeUndefined();
    });
  });
});
