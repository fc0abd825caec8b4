import { Media, type MediaOptions } from './mixins/media.js';

export type AudioOptions = MediaOptions;

/** An audio player (HTML `audio`); listen to `ended`, `play` or `pause` with `.on(...)`. */
export class Audio extends Media {
  constructor(source: string, options: AudioOptions = {}) {
    super('audio', source, options);
  }
}

/** `ui.audio('/static/sound.mp3')`, `ui.audio(url, { autoplay: true, muted: true })` */
export function audio(source: string, options: AudioOptions = {}): Audio {
  return new Audio(source, options);
}
