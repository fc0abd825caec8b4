import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, NotFound } from '../../../app/core/errors.js';
import { createApp, type KiteApp } from '../../../app/create-app.js';
import type { ChangeEvent } from '../../../app/services/bus.js';
import { createItem, createSuperuser, createUser } from '../../support/factories.js';
import { recordingLogger } from '../../support/logger.js';
import { testSettings } from '../../support/settings.js';

describe('ItemsService, called directly (as the UI will)', () => {
  let kite: KiteApp;
  const events: ChangeEvent[] = [];
  beforeAll(async () => {
    kite = await createApp(testSettings(), { logger: recordingLogger() });
    kite.bus.subscribe((e) => events.push(e));
  });
  afterAll(() => kite.close());

  it('creates an item owned by the actor and announces it', async () => {
    const { user } = await createUser(kite);
    events.length = 0;
    const item = await kite.services.items.create(user, { title: 'Hello' });
    expect(item).toMatchObject({ title: 'Hello', description: null, owner_id: user.id });
    expect(events).toEqual([{ kind: 'item', action: 'created', id: item.id, ownerId: user.id }]);
  });

  it('announces updates and deletions with the owner id', async () => {
    const { user } = await createUser(kite);
    const item = await createItem(kite, user);
    events.length = 0;
    await kite.services.items.update(user, item.id, { title: 'Renamed' });
    await kite.services.items.delete(user, item.id);
    expect(events).toEqual([
      { kind: 'item', action: 'updated', id: item.id, ownerId: user.id },
      { kind: 'item', action: 'deleted', id: item.id, ownerId: user.id },
    ]);
  });

  it('throws typed errors: Forbidden for someone else\'s item, NotFound for a missing one, and announces nothing', async () => {
    const { user: owner } = await createUser(kite);
    const { user: other } = await createUser(kite);
    const item = await createItem(kite, owner);
    events.length = 0;
    await expect(kite.services.items.update(other, item.id, { title: 'x' })).rejects.toThrow(Forbidden);
    await expect(kite.services.items.delete(other, item.id)).rejects.toThrow('Not enough permissions');
    await expect(kite.services.items.get(other, crypto.randomUUID())).rejects.toThrow(NotFound);
    expect(events).toEqual([]);
  });

  it('lists only the actor\'s items, and everything for a superuser', async () => {
    const { user: owner } = await createUser(kite);
    const { user: admin } = await createSuperuser(kite);
    const mine = await createItem(kite, owner);
    const page = await kite.services.items.list(owner, { skip: 0, limit: 100 });
    expect(page.data.map((i) => i.id)).toEqual([mine.id]);
    expect(page.count).toBe(1);
    const all = await kite.services.items.list(admin, { skip: 0, limit: 1000 });
    expect(all.data.map((i) => i.id)).toContain(mine.id);
    expect(all.count).toBeGreaterThan(1);
  });
});
