import { describe, expect, it } from 'vitest';
import { ChatMessage, KiteError, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.chatMessage', () => {
  it('shows paragraphs with author, stamp and avatar; sent messages are marked', async () => {
    const user = await openPage(() => {
      ui.chatMessage(['Hi', 'How are you?'], { name: 'Robot', stamp: 'now', avatar: '/static/robot.png' });
      ui.chatMessage('Fine', { name: 'Me', sent: true });
    });
    const [first, second] = user.findAll({ kind: ChatMessage });
    expect([first!.spec.tag, first!.prop('text'), first!.prop('name'), first!.prop('stamp'), first!.prop('avatar')]).toEqual([
      'q-chat-message', ['Hi', 'How are you?'], 'Robot', 'now', '/static/robot.png',
    ]);
    expect([second!.prop('text'), second!.prop('sent'), second!.prop('textHtml')]).toEqual([['Fine'], true, undefined]);
  });

  it('keeps plain text plain and sanitizes HTML text', async () => {
    const user = await openPage(() => {
      ui.chatMessage('<b>bold</b><img src=x onerror=alert(1)>', { textHtml: true });
    });
    const shown = user.find({ kind: ChatMessage });
    expect(shown.prop('textHtml')).toBe(true);
    expect(shown.prop('text')).toEqual(['<b>bold</b><img src="x" />']);
  });

  it('refuses javascript: avatars and raw HTML names', async () => {
    const errors: unknown[] = [];
    const user = await openPage(() => {
      try {
        ui.chatMessage('x', { avatar: 'javascript:alert(1)' });
      } catch (e) {
        errors.push(e);
      }
      const plain = ui.chatMessage('<b>x</b>', { name: '<img src=x onerror=alert(1)>' });
      for (const props of ['nameHtml', 'textHtml'])
        try {
          plain.props(props);
        } catch (e) {
          errors.push(e);
        }
    });
    expect(errors.map((e) => e instanceof KiteError)).toEqual([true, true, true]);
    const shown = user.find({ kind: ChatMessage });
    expect([shown.prop('nameHtml'), shown.prop('textHtml'), shown.prop('text')]).toEqual([undefined, undefined, ['<b>x</b>']]);
  });

  it('can hold elements instead of text', async () => {
    const user = await openPage(() => ui.chatMessage([], { name: 'Bot' }, () => ui.spinner('dots')));
    const shown = user.find({ kind: ChatMessage });
    expect([shown.prop('text'), shown.element.children()[0]!.tag]).toEqual([undefined, 'q-spinner-dots']);
  });
});
