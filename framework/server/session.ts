import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BROWSER_COOKIE = 'kite_browser';

/** Signs browser ids so that `storage.user` cannot be read by guessing another browser's id. */
export class BrowserIds {
  constructor(private readonly secret: string) {}

  /** The browser id from the Cookie header if its signature holds. */
  read(cookieHeader: string | undefined): string | undefined {
    const raw = cookieHeader
      ?.split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${BROWSER_COOKIE}=`))
      ?.slice(BROWSER_COOKIE.length + 1);
    if (!raw) return undefined;
    const [id, signature] = decodeURIComponent(raw).split('.');
    if (!id || !signature) return undefined;
    const expected = Buffer.from(this.sign(id));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
  }

  create(): string {
    return randomBytes(16).toString('base64url');
  }

  cookie(id: string, secure: boolean): string {
    const value = encodeURIComponent(`${id}.${this.sign(id)}`);
    return `${BROWSER_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000${secure ? '; Secure' : ''}`;
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret).update(id).digest('base64url');
  }
}

/**
 * A signing secret kept next to the storage so that browser ids survive a restart. Processes that
 * start together on one storage directory end up with the same secret: the file appears whole and
 * at once (a hard link of a written temporary file), and a process that loses the race reads the
 * winner's.
 */
export function persistentSecret(dir: string | undefined): string {
  if (!dir) return randomBytes(32).toString('base64url');
  const file = join(dir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, secret, { mode: 0o600 });
  try {
    linkSync(temporary, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(file, 'utf8').trim();
  } finally {
    unlinkSync(temporary);
  }
}
