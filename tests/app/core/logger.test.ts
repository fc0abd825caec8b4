import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger, redact } from '../../../app/core/logger.js';

describe('logging', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('masks bcrypt hashes and JWTs', async () => {
    const hash = await bcrypt.hash('secret', 4);
    const token = jwt.sign({ sub: 'x' }, 'key');
    const text = redact(`insert into user values ('a@example.com', '${hash}') with ${token}`);
    expect(text).toBe("insert into user values ('a@example.com', '[redacted hash]') with [redacted token]");
  });

  it('redacts the stack of a logged error, as a database error quoting its SQL would need', async () => {
    const hash = await bcrypt.hash('secret', 4);
    const print = vi.spyOn(console, 'error').mockImplementation(() => {});
    consoleLogger.error('POST /api/v1/users/ failed', new Error(`SQLITE_FULL: insert into user values ('${hash}')`));
    const printed = print.mock.calls.flat().join(' ');
    expect(printed).toContain('POST /api/v1/users/ failed');
    expect(printed).toContain('SQLITE_FULL');
    expect(printed).not.toContain(hash);
  });
});
