import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
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
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
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
