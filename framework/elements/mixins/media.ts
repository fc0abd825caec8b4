import { Element } from '../../core/element.js';
import { safeUrl } from './sanitize.js';

export interface MediaOptions {
  /** Shows the browser's play, pause, seek and volume controls (default true). */
  controls?: boolean;
  /** Starts playing when loaded (browsers allow this only for muted media or after a user gesture). */
  autoplay?: boolean;
  muted?: boolean;
  loop?: boolean;
}

/**
 * An HTML `audio` or `video` element. The source must be a relative URL or use http(s):
 * `javascript:` and `data:` sources are refused, also when set later or through `.props()`.
 * `play()` and `pause()` run the element's own methods in the tab.
 */
export class Media extends Element {
  constructor(tag: 'audio' | 'video', source: string, options: MediaOptions) {
    safeUrl(source, `${tag} source`); // before the element joins the page
    super(tag);
    this.props({
      src: source,
      ...(options.controls !== false ? { controls: true } : {}),
      ...(options.autoplay ? { autoplay: true } : {}),
      ...(options.muted ? { muted: true } : {}),
      ...(options.loop ? { loop: true } : {}),
    });
  }

  get source(): string {
    return (this.getProp('src') as string | undefined) ?? '';
  }

  set source(value: string) {
    this.setProp('src', value);
  }

  play(): this {
    this.client.runMethod(this, 'play');
    return this;
  }

  pause(): this {
    this.client.runMethod(this, 'pause');
    return this;
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'src' && value !== undefined) safeUrl(String(value), `${this.tag} source`);
    return super.setProp(key, value);
  }
}
