import { describe, expect, it } from 'vitest';
import { mustReplace, notificationOptions } from '../../../client-runtime/components/notification-options.js';

describe('notificationOptions', () => {
  it('passes the options that are set, as plain text, leaving the type its own defaults', () => {
    expect(notificationOptions({ message: '<b>Saving</b>', type: 'ongoing', caption: undefined, spinner: undefined, timeout: null })).toEqual({
      message: '<b>Saving</b>',
      type: 'ongoing',
      html: false,
    });
    expect(notificationOptions({ message: 'x', spinner: false, timeout: 0, closeBtn: 'OK', position: 'top' })).toEqual({
      message: 'x', spinner: false, timeout: 0, closeBtn: 'OK', position: 'top', html: false,
    });
  });

  it('always has a message, and nothing but the known options', () => {
    expect(notificationOptions({ html: true, actions: [{ handler: 'x' }] } as never)).toEqual({ message: '', html: false });
  });
});

describe('mustReplace', () => {
  const shown = notificationOptions({ message: 'a', caption: 'c', position: 'top' });

  it('updates in place when options change or are added', () => {
    expect(mustReplace(shown, notificationOptions({ message: 'b', caption: 'd', position: 'top', spinner: true }))).toBe(false);
  });

  it('replaces the notification when an option was taken away or it moves', () => {
    expect(mustReplace(shown, notificationOptions({ message: 'a', position: 'top' }))).toBe(true);
    expect(mustReplace(shown, notificationOptions({ message: 'a', caption: 'c', position: 'bottom' }))).toBe(true);
  });
});
