import { ui } from '../../framework/index.js';
import { demo, group } from './demo.js';
import { mediaUrl, soundUrl, videoUrl } from './media.js';

export default group(
  import.meta.url,
  { slug: 'text-media', title: 'Text & media', icon: 'text_fields', description: 'Labels, links, Markdown, HTML, icons, avatars, badges, images, sound, video and chat bubbles.' },
  [
    demo('Label', 'Text on the page; assign `.text` and the tab shows the new text.', () => {
      const label = ui.label('Hello, world');
      ui.input({
        label: 'Type a new text',
        onChange: (e) => (label.text = e.value || 'Hello, world'),
      });
    }),

    demo('Link', 'A hyperlink to a page of this app or elsewhere; `newTab` opens it in a new tab.', () => {
      ui.link('Back to the gallery', '/');
      ui.link('The buttons page, in a new tab', '/buttons', { newTab: true });
    }),

    demo('Markdown', 'Markdown rendered to HTML on the server (and sanitized); assign `.content` to change it.', () => {
      const text = '## Markdown\n\nSome *emphasis* and a [link](/).\n\n- one\n- two';
      const markdown = ui.markdown(text);
      ui.textarea({
        label: 'Edit the Markdown',
        value: text,
        autogrow: true,
        onChange: (e) => (markdown.content = e.value),
      }).classes('full-width');
    }),

    demo('HTML', 'An HTML fragment, sanitized on the server: scripts, event handlers and styles are removed.', () => {
      const html = ui.html('<b>Bold</b>, <i>italic</i> and <u>underlined</u>');
      ui.input({
        label: 'Type HTML (try <img src=x onerror=alert(1)>)',
        onChange: (e) => (html.content = e.value),
      }).classes('full-width');
    }),

    demo('Icon', 'A Material icon by name, with a colour and a size.', () => {
      const names = ['favorite', 'thumb_up', 'star', 'rocket_launch'];
      const icon = ui.icon(names[0]!, { color: 'red', size: 'xl' });
      const caption = ui.label(names[0]!);
      ui.button('Next icon', { icon: 'navigate_next', onClick: () => {
        icon.name = names[(names.indexOf(icon.name) + 1) % names.length]!;
        caption.text = icon.name;
      } });
    }),

    demo('Avatar', 'A round icon, text or image standing for a person or a thing.', () => {
      ui.row({ align: 'center' }, () => {
        ui.avatar('person', { color: 'primary', textColor: 'white' });
        ui.avatar(undefined, { text: 'KT', color: 'teal', textColor: 'white' });
        ui.avatar(undefined, { size: '48px' }).within(() => {
          ui.element('img').props({ src: mediaUrl('avatar'), alt: 'A face' });
        });
        ui.avatar('rocket', { color: 'orange', textColor: 'white', square: true });
      });
    }),

    demo('Badge', 'A small count or status, on its own or floating on a button.', () => {
      let count = 3;
      ui.button('Inbox', { icon: 'mail', color: 'primary' }, () => {
        const badge = ui.badge(String(count), { color: 'red', floating: true });
        ui.timer(2000, () => (badge.text = String(++count)));
      });
      ui.badge('new', { color: 'green', outline: true });
    }),

    demo('Image', 'An image (QImg) that keeps its ratio while it loads; children are drawn over it as a caption.', () => {
      const image = ui.image(mediaUrl('landscape'), { ratio: 16 / 9 }, () => {
        ui.label('A caption').classes('absolute-bottom text-subtitle2 text-center');
      }).style({ width: '320px' });
      ui.toggle({ landscape: 'Hills', night: 'Night', sea: 'Sea' }, {
        value: 'landscape',
        onChange: (e) => (image.source = `/media/${e.value}.svg`),
      });
    }),

    demo('Audio', 'A sound player; `play()` and `pause()` are run in the tab.', () => {
      const audio = ui.audio(soundUrl);
      ui.row(() => {
        ui.button('Play', { icon: 'play_arrow', onClick: () => audio.play() });
        ui.button('Pause', { icon: 'pause', flat: true, onClick: () => audio.pause() });
      });
    }),

    demo('Video', 'A video player with a poster image, muted and looping here.', () => {
      const video = ui.video(videoUrl, {
        poster: mediaUrl('poster'),
        width: '320px',
        muted: true,
        loop: true,
      });
      ui.row(() => {
        ui.button('Play', { icon: 'play_arrow', onClick: () => video.play() });
        ui.button('Pause', { icon: 'pause', flat: true, onClick: () => video.pause() });
      });
    }),

    demo('Chat message', 'A chat bubble with a name, an avatar and a time stamp; `sent` puts it on the right.', () => {
      const column = ui.column({ gap: '0' }, () => {
        ui.chatMessage('Hello! How can I help?', {
          name: 'Robot',
          avatar: mediaUrl('robot'),
          stamp: 'just now',
        });
      }).classes('full-width');
      const input = ui.input({
        label: 'Reply and press Enter',
        onEnter: () => {
          const text = input.value.trim();
          if (!text) return;
          const me = { name: 'You', avatar: mediaUrl('avatar'), sent: true, stamp: 'now' };
          column.within(() => ui.chatMessage(text, me));
          input.value = '';
        },
      }).classes('full-width');
    }),
  ],
);
