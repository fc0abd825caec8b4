import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BadRequest, TooManyRequests } from '../../../app/core/errors.js';
import { createApp, type KiteApp } from '../../../app/create-app.js';
import { createUser, uniqueEmail } from '../../support/factories.js';
import { recordingLogger } from '../../support/logger.js';
import { testSettings } from '../../support/settings.js';

describe('AuthService', () => {
  let kite: KiteApp;
  const logs = recordingLogger();
  beforeAll(async () => {
    kite = await createApp(testSettings(), { logger: logs });
  });
  afterAll(() => kite.close());

  it('spends a bcrypt comparison on unknown emails too, so timing does not reveal which accounts exist', async () => {
    const hasher = await import('bcrypt');
    const compare = vi.spyOn(hasher.default, 'compare');
    try {
      await expect(kite.services.auth.authenticate(uniqueEmail('nobody'), 'some-password', '10.1.0.1')).rejects.toThrow(BadRequest);
      expect(compare).toHaveBeenCalledTimes(1);
      const { user, password } = await createUser(kite);
      compare.mockClear();
      await expect(kite.services.auth.authenticate(user.email, `${password}-wrong`, '10.1.0.2')).rejects.toThrow('Incorrect email or password');
      expect(compare).toHaveBeenCalledTimes(1);
    } finally {
      compare.mockRestore();
    }
  });

  it('does not run bcrypt at all once an account is throttled', async () => {
    const { user } = await createUser(kite);
    for (let i = 0; i < 5; i++) await kite.services.auth.authenticate(user.email, 'wrong-password', `10.2.0.${i}`).catch(() => {});
    const hasher = await import('bcrypt');
    const compare = vi.spyOn(hasher.default, 'compare');
    try {
      await expect(kite.services.auth.authenticate(user.email, 'wrong-password', '10.2.1.1')).rejects.toThrow(TooManyRequests);
      expect(compare).not.toHaveBeenCalled();
    } finally {
      compare.mockRestore();
    }
  });

  it('never logs passwords or hashes', async () => {
    const { user, password } = await createUser(kite);
    await kite.services.auth.authenticate(user.email, password, '10.3.0.1');
    await kite.services.auth.authenticate(user.email, 'a-wrong-password', '10.3.0.1').catch(() => {});
    expect(logs.text()).not.toContain(password);
    expect(logs.text()).not.toContain('a-wrong-password');
    expect(logs.text()).not.toMatch(/\$2[aby]\$/);
  });
});
