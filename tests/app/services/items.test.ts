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

  describe('browse (the UI\'s searchable, sortable table)', () => {
    const query = { skip: 0, limit: 100, search: '', descending: false };

    it('finds items by a case-insensitive piece of the title or the description, within the actor\'s scope', async () => {
      const { user } = await createUser(kite);
      const { user: stranger } = await createUser(kite);
      const byTitle = await createItem(kite, user, { title: 'Quarterly REPORT', description: null });
      const byDescription = await createItem(kite, user, { title: 'Notes', description: 'see the report' });
      await createItem(kite, user, { title: 'Unrelated', description: 'nothing' });
      await createItem(kite, stranger, { title: 'Stranger report' });
      const result = await kite.services.items.browse(user, { ...query, search: 'Report' });
      expect(result.data.map((i) => i.id).sort()).toEqual([byTitle.id, byDescription.id].sort());
      expect(result.count).toBe(2);
    });

    it('treats % and _ in the search as plain characters', async () => {
      const { user } = await createUser(kite);
      const literal = await createItem(kite, user, { title: '100% done' });
      await createItem(kite, user, { title: '100 done' });
      expect((await kite.services.items.browse(user, { ...query, search: '0%' })).data.map((i) => i.id)).toEqual([literal.id]);
      expect((await kite.services.items.browse(user, { ...query, search: '_' })).data).toEqual([]);
    });

    it('sorts by title either way, newest first by default, and pages with a total count', async () => {
      const { user } = await createUser(kite);
      const b = await createItem(kite, user, { title: 'b' });
      const a = await createItem(kite, user, { title: 'a' });
      const c = await createItem(kite, user, { title: 'c' });
      const ids = async (q: Partial<typeof query> & { sortBy?: 'title' }) => (await kite.services.items.browse(user, { ...query, ...q })).data.map((i) => i.id);
      expect(await ids({})).toEqual([c.id, a.id, b.id]);
      expect(await ids({ sortBy: 'title' })).toEqual([a.id, b.id, c.id]);
      expect(await ids({ sortBy: 'title', descending: true })).toEqual([c.id, b.id, a.id]);
      const page = await kite.services.items.browse(user, { ...query, sortBy: 'title', skip: 1, limit: 1 });
      expect(page).toMatchObject({ data: [{ id: b.id }], count: 3 });
    });

    it('gives a superuser everyone\'s items with their owners\' emails, sortable by owner', async () => {
      const { user: admin } = await createSuperuser(kite);
      const { user: zed } = await createUser(kite, { email: 'zzz-owner@example.com' });
      const { user: abe } = await createUser(kite, { email: 'aaa-owner@example.com' });
      const zedsItem = await createItem(kite, zed, { title: 'owner-sort-probe' });
      const abesItem = await createItem(kite, abe, { title: 'owner-sort-probe' });
      const result = await kite.services.items.browse(admin, { ...query, search: 'owner-sort-probe', sortBy: 'owner_email' });
      expect(result.data).toEqual([
        { ...abesItem, owner_email: 'aaa-owner@example.com' },
        { ...zedsItem, owner_email: 'zzz-owner@example.com' },
      ]);
    });
  });
});
