import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from './config.js';
import type { Logger } from './logger.js';

const SECRET_FILE_NAME = 'secret_key';

/**
 * The configured SECRET_KEY, or (development only; production refuses to load without one) a generated
 * key kept in `<dataDir>/secret_key` with mode 0600, so tokens survive restarts.
 */
export async function resolveSecretKey(settings: Settings, logger: Logger): Promise<string> {
  if (settings.secretKey) return settings.secretKey;
  const file = join(settings.dataDir, SECRET_FILE_NAME);
  const existing = await readSecret(file);
  if (existing) {
    logger.warn(`SECRET_KEY is not set; using the development key kept in ${file}`);
    return existing;
  }
  const secret = randomBytes(32).toString('hex');
  await mkdir(settings.dataDir, { recursive: true });
  // The key file appears whole and at once (a hard link of a written temporary file), so two
  // processes starting together agree on one key: the one that loses the race reads the winner's.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temporary, `${secret}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readSecret(file);
    if (!winner) throw error;
    logger.warn(`SECRET_KEY is not set; using the development key kept in ${file}`);
    return winner;
  } finally {
    await unlink(temporary);
  }
  logger.warn(`SECRET_KEY is not set; generated a development key in ${file} (set SECRET_KEY in production)`);
  return secret;
}

async function readSecret(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
