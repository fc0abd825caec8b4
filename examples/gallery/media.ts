/**
 * The gallery's images, sound and video, served from the gallery itself (a page must not reach any
 * other host). Images are SVG drawn here, the sound is a WAV synthesized here, and the video is a
 * 3-second VP8 clip kept next to this file.
 */
import { readFileSync } from 'node:fs';
import type { Express } from 'express';

const MEDIA = '/media';

/** The URL of a gallery image: `landscape`, `night`, `sea`, `avatar` or `poster`. */
export function mediaUrl(name: 'landscape' | 'night' | 'sea' | 'avatar' | 'poster' | 'robot'): string {
  return `${MEDIA}/${name}.svg`;
}

export const soundUrl = `${MEDIA}/chime.wav`;
export const videoUrl = `${MEDIA}/clip.webm`;

const scenes: Record<string, string> = {
  landscape: scene('#90caf9', '#fff59d', '#66bb6a', '#388e3c', 'Hills'),
  night: scene('#1a237e', '#eeeeee', '#37474f', '#263238', 'Night'),
  sea: scene('#4fc3f7', '#ffb74d', '#0288d1', '#01579b', 'Sea'),
  poster: scene('#1976d2', '#ffd54f', '#26a69a', '#00796b', 'Play me'),
  avatar: face('#ffcc80', '#5d4037'),
  robot: face('#b0bec5', '#37474f'),
};

/** Adds the media routes to the gallery's Express app. */
export function serveMedia(app: Express): void {
  const video = readFileSync(new URL('./media/clip.webm', import.meta.url));
  const sound = chime();
  app.get(`${MEDIA}/:name.svg`, (req, res) => {
    const svg = scenes[req.params.name];
    if (!svg) return void res.sendStatus(404);
    res.type('image/svg+xml').set('Cache-Control', 'max-age=3600').send(svg);
  });
  app.get(soundUrl, (_req, res) => void res.type('audio/wav').send(sound));
  app.get(videoUrl, (_req, res) => void res.type('video/webm').send(video));
}

function scene(sky: string, sun: string, near: string, far: string, caption: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360">
<rect width="640" height="360" fill="${sky}"/>
<circle cx="500" cy="90" r="48" fill="${sun}"/>
<path d="M0 260 Q160 150 320 240 T640 220 V360 H0Z" fill="${far}"/>
<path d="M0 300 Q200 230 400 290 T640 280 V360 H0Z" fill="${near}"/>
<text x="24" y="48" font-family="sans-serif" font-size="32" fill="#fff">${caption}</text>
</svg>`;
}

function face(skin: string, hair: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" fill="#e3f2fd"/>
<circle cx="32" cy="36" r="20" fill="${skin}"/>
<path d="M12 32 Q32 4 52 32 Q32 20 12 32Z" fill="${hair}"/>
<circle cx="25" cy="36" r="2.5" fill="#333"/><circle cx="39" cy="36" r="2.5" fill="#333"/>
<path d="M25 45 Q32 50 39 45" stroke="#333" stroke-width="2" fill="none"/>
</svg>`;
}

/** Three fading notes (C5, E5, G5), 8 kHz 8-bit mono: a 12 KB WAV file. */
function chime(): Buffer {
  const rate = 8000;
  const notes = [523.25, 659.25, 783.99];
  const noteLength = rate / 2;
  const samples = Buffer.alloc(notes.length * noteLength);
  notes.forEach((frequency, n) => {
    for (let i = 0; i < noteLength; i++) {
      const fade = 1 - i / noteLength;
      samples[n * noteLength + i] = Math.round(128 + 100 * fade * Math.sin((2 * Math.PI * frequency * i) / rate));
    }
  });
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16); // format chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // bytes per second
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}
