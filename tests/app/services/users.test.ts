import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequest, Forbidden } from '../../../app/core/errors.js';
import { createApp, type KiteApp } from '../../../app/create-app.js';
import type { ChangeEvent } from '../../../app/services/bus.js';
import { createItem, createSuperuser, createUser, uniqueEmail } from '../../support/factories.js';
import { recordingLogger } from '../../support/logger.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, testSettings } from '../../support/settings.js';

describe('UsersService, called directly', () => {
  let kite: KiteApp;
  const events: ChangeEvent[] = [];
  beforeAll(async () => {
    kite = await createApp(testSettings(), { logger: recordingLogger() });
    kite.bus.subscribe((e) => events.push(e));
  });
  afterAll(() => kite.close());

  it('seeds the first superuser from the settings', async () => {
    const admin = await kite.services.auth.authenticate(ADMIN_EMAIL, ADMIN_PASSWORD, '127.0.0.1');
    expect(admin).toMatchObject({ email: ADMIN_EMAIL, is_superuser: true, is_active: true });
  });

  it('seeding again is a no-op', async () => {
    expect(await kite.services.users.ensureSuperuser(ADMIN_EMAIL, 'another-password')).toBe(false);
    await expect(kite.services.auth.authenticate(ADMIN_EMAIL, ADMIN_PASSWORD, '127.0.0.1')).resolves.toBeTruthy();
  });

  it('seeds a superuser once when several processes start at the same moment (the others find it made)', async () => {
    const email = uniqueEmail();
    const results = await Promise.all([1, 2, 3].map(() => kite.services.users.ensureSuperuser(email, 'seed-password')));
    expect(results.filter(Boolean)).toEqual([true]);
  });

  it('deleting a user deletes their items and announces every deletion', async () => {
    const { user: admin } = await createSuperuser(kite);
    const { user } = await createUser(kite);
    const items = [await createItem(kite, user), await createItem(kite, user)];
    events.length = 0;
    await kite.services.users.delete(admin, user.id);
    expect(events).toHaveLength(3);
    expect(events).toEqual(
      expect.arrayContaining([
        ...items.map((i) => ({ kind: 'item', action: 'deleted', id: i.id, ownerId: user.id })),
        { kind: 'user', action: 'deleted', id: user.id },
      ]),
    );
    expect(events.at(-1)).toEqual({ kind: 'user', action: 'deleted', id: user.id });
    const remaining = await kite.services.items.list(admin, { skip: 0, limit: 1000 });
    expect(remaining.data.filter((i) => i.owner_id === user.id)).toEqual([]);
  });

  it('announces user creation and updates', async () => {
    const { user: admin } = await createSuperuser(kite);
    events.length = 0;
    const created = await kite.services.users.create(admin, { email: uniqueEmail(), password: 'password123', is_active: true, is_superuser: false });
    await kite.services.users.update(admin, created.id, { full_name: 'New Name' });
    expect(events).toEqual([
      { kind: 'user', action: 'created', id: created.id },
      { kind: 'user', action: 'updated', id: created.id },
    ]);
  });

  it('refuses open sign-up when registration is closed', async () => {
    await expect(kite.services.users.register({ email: uniqueEmail(), password: 'password123' })).rejects.toThrow(Forbidden);
  });

  it('checks the current password before changing it', async () => {
    const { user } = await createUser(kite, { password: 'old-password' });
    await expect(kite.services.users.updatePassword(user, { current_password: 'not-my-password', new_password: 'new-password' }, '10.9.0.1')).rejects.toThrow(
      BadRequest,
    );
  });
});
