import { Element } from '../core/element.js';
import { KiteError } from '../core/errors.js';
import { optionProps, withBuilder, type Builder } from './mixins/builder.js';
import { safeUrl, sanitize } from './mixins/sanitize.js';

export interface ChatMessageOptions {
  /** Who wrote it. */
  name?: string;
  /** A label above the message (e.g. a date). */
  label?: string;
  /** When it was written (e.g. `7 minutes ago`). */
  stamp?: string;
  /** URL of the author's avatar (`javascript:` is refused). */
  avatar?: string;
  /** Written by the current user: shown on the right. */
  sent?: boolean;
  /** The text is HTML; it is sanitized (scripts, handlers and unsafe URLs removed). */
  textHtml?: boolean;
  bgColor?: string;
  textColor?: string;
  /** Width in Quasar's 12-column grid (e.g. `6`). */
  size?: string;
}

const PROPS = ['name', 'label', 'stamp', 'sent', 'bgColor', 'textColor', 'size'] as const;

/**
 * One chat bubble (QChatMessage) with one or more paragraphs of text, or the builder's elements.
 * Text is plain (escaped by Quasar) unless `textHtml`, and then it is sanitized on the server.
 */
export class ChatMessage extends Element {
  private readonly html: boolean;

  constructor(text: string | readonly string[], options: ChatMessageOptions = {}) {
    if (options.avatar) safeUrl(options.avatar, 'avatar', { dataImages: true });
    super('q-chat-message');
    this.html = options.textHtml === true;
    this.props({ ...optionProps(options, PROPS), ...(options.avatar ? { avatar: options.avatar } : {}) });
    if (this.html) this.setProp('textHtml', true);
    this.message = text;
  }

  /** The paragraphs shown (sanitized when `textHtml`). */
  get message(): readonly string[] {
    return (this.getProp('text') as string[] | undefined) ?? [];
  }

  set message(text: string | readonly string[]) {
    const list = typeof text === 'string' ? (text ? [text] : []) : [...text];
    this.setProp('text', list.length ? list.map((t) => (this.html ? sanitize(String(t)) : String(t))) : undefined);
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'avatar' && value !== undefined) safeUrl(String(value), 'avatar', { dataImages: true });
    // Quasar renders these as raw HTML: only the text may be HTML, chosen when the message is created.
    if ((key === 'nameHtml' || key === 'labelHtml' || key === 'stampHtml' || (key === 'textHtml' && !this.html)) && value)
      throw new KiteError(`chat message: ${key} is not supported (use the textHtml option, which sanitizes)`);
    return super.setProp(key, value);
  }
}

/** `ui.chatMessage('Hello!', { name: 'Robot', stamp: 'now', avatar: '/static/robot.png' })` */
export function chatMessage(text: string | readonly string[] = [], options: ChatMessageOptions = {}, builder?: Builder): ChatMessage {
  return withBuilder(new ChatMessage(text, options), builder);
}
