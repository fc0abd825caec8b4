import { Media, type MediaOptions } from './mixins/media.js';
import { safeUrl } from './mixins/sanitize.js';

export interface VideoOptions extends MediaOptions {
  /** An image shown before the video plays (`javascript:` is refused). */
  poster?: string;
  width?: string;
  height?: string;
}

/** A video player (HTML `video`); listen to `ended`, `play` or `pause` with `.on(...)`. */
export class Video extends Media {
  constructor(source: string, options: VideoOptions = {}) {
    super('video', source, options);
    this.props({ poster: options.poster, playsinline: true });
    if (options.width || options.height) this.style({ ...(options.width ? { width: options.width } : {}), ...(options.height ? { height: options.height } : {}) });
  }

  override setProp(key: string, value: unknown): this {
    if (key === 'poster' && value !== undefined) safeUrl(String(value), 'video poster', { dataImages: true });
    return super.setProp(key, value);
  }
}

/** `ui.video('/static/clip.mp4', { width: '480px' })` */
export function video(source: string, options: VideoOptions = {}): Video {
  return new Video(source, options);
}
