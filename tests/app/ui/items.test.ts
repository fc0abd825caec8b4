import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { storage } from '../../../framework/index.js';
import type { KiteApp } from '../../../app/create-app.js';
import { createItem, createUser } from '../../support/factories.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../../support/settings.js';
import { REFUSED_TEXTS, TRICKY_TEXTS } from '../../support/tricky-text.js';
import { newTabId, signedInUser, startUiApp } from '../../support/ui-app.js';

let kite: KiteApp;
beforeAll(async () => {
  kite = await startUiApp();
});
afterAll(async () => {
  await kite.close();
});

describe('items screen', () => {
  it('shows an empty state to a user without items', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.should.see("You don't have any items yet");
  });

  it('creates an item through the dialog, with field errors from the API schema', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.find('Create Item').click();
    await user.should.see('Create New Item');
    await user.find('Create').click();
    await user.should.see('This field is required');
    await user.find('Description').type('x'.repeat(300));
    await user.find('Title').type('Groceries');
    await user.find('Create').click();
    await user.should.see('Must be at most 255 characters');
    await user.find('Description').setValue('Milk and eggs');
    await user.find('Create').click();
    await user.should.seeNotification('Item created successfully!');
    await user.should.notSee('Create New Item');
    await user.should.see('Groceries');
    const { data } = await kite.services.items.list(account, { skip: 0, limit: 10 });
    expect(data.map((i) => [i.title, i.description])).toEqual([['Groceries', 'Milk and eggs']]);
  });

  it('stores text with quotes, placeholders, emoji and 255 non-BMP characters exactly', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    for (const text of Object.values(TRICKY_TEXTS)) {
      await user.find('Create Item').click();
      await user.find({ tag: 'q-input', text: 'Title' }).type(text);
      await user.find({ tag: 'q-input', text: 'Description' }).type(text);
      await user.find('Create').click();
      await user.should.seeNotification('Item created successfully!');
      user.notifications.splice(0); // so that the next wait sees the next answer
    }
    const { data } = await kite.services.items.list(account, { skip: 0, limit: 100 });
    const expected = Object.values(TRICKY_TEXTS).map((text) => [text, text]);
    expect(data.map((i) => [i.title, i.description]).reverse()).toEqual(expected);
  });

  it.each(REFUSED_TEXTS)('shows under the field that a title or description with %s is refused', async (_name, text, says) => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.find('Create Item').click();
    await user.find('Title').type(text);
    await user.find('Description').type(text);
    await user.find('Create').click();
    expect(user.find({ tag: 'q-input', text: 'Title' }).prop('errorMessage')).toContain(says);
    expect(user.find({ tag: 'q-input', text: 'Description' }).prop('errorMessage')).toContain(says);
    await user.should.see('Create New Item');
    expect((await kite.services.items.list(account, { skip: 0, limit: 10 })).count).toBe(0);
  });

  it('edits an item from its row and shows the change', async () => {
    const { user: account, password } = await createUser(kite);
    const item = await createItem(kite, account, { title: 'Old title' });
    const user = await signedInUser(kite, account.email, password);
    await user.should.see('Old title');
    await user.find({ marker: 'edit' }).click();
    await user.should.see('Modify Item');
    await (await user.find({ text: 'Old title', tag: 'q-input' }).clear()).type('New title');
    await user.find('Save').click();
    await user.should.seeNotification('Item updated successfully.');
    await user.should.see('New title');
    expect((await kite.services.items.get(account, item.id)).title).toBe('New title');
  });

  it('asks before deleting, and Cancel keeps the item', async () => {
    const { user: account, password } = await createUser(kite);
    await createItem(kite, account, { title: 'Keep or not' });
    const user = await signedInUser(kite, account.email, password);
    await user.find({ marker: 'delete' }).click();
    await user.should.see("Are you sure you want to delete 'Keep or not'?");
    await user.find('Cancel').click();
    await user.should.notSee("Are you sure you want to delete 'Keep or not'?");
    expect((await kite.services.items.list(account, { skip: 0, limit: 10 })).count).toBe(1);
    await user.find({ marker: 'delete' }).click();
    await user.find('Yes').click();
    await user.should.seeNotification('Item deleted successfully.');
    await user.should.see("You don't have any items yet");
  });

  it('pages, sorts and searches on the server', async () => {
    const { user: account, password } = await createUser(kite);
    for (let i = 1; i <= 12; i++) await createItem(kite, account, { title: `Task ${String(i).padStart(2, '0')}` });
    const user = await signedInUser(kite, account.email, password);
    const table = user.find({ tag: 'q-table' });
    expect((table.prop('rows') as unknown[]).length).toBe(10);
    expect(table.prop('pagination')).toMatchObject({ rowsNumber: 12, page: 1 });
    await table.trigger('request', { pagination: { page: 2, rowsPerPage: 10, sortBy: 'title', descending: false }, filter: '' });
    await user.should.notSee('Task 10');
    expect((user.find({ tag: 'q-table' }).prop('rows') as { title: string }[]).map((r) => r.title)).toEqual(['Task 11', 'Task 12']);
    await user.find({ marker: 'search' }).type('Task 0');
    await user.should.see('Task 09');
    expect((user.find({ tag: 'q-table' }).prop('rows') as unknown[]).length).toBe(9);
  });

  it('shows only the own items to a user, and every item with its owner to a superuser', async () => {
    const alice = await createUser(kite);
    const bob = await createUser(kite);
    await createItem(kite, alice.user, { title: "Alice's item" });
    await createItem(kite, bob.user, { title: "Bob's item" });
    const asAlice = await signedInUser(kite, alice.user.email, alice.password);
    await asAlice.should.see("Alice's item");
    await asAlice.should.notSee("Bob's item");
    const admin = await signedInUser(kite, ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.find({ marker: 'search' }).type("'s item");
    await admin.should.see("Bob's item");
    const rows = admin.find({ tag: 'q-table' }).prop('rows') as { title: string; owner_email: string }[];
    expect(rows.find((r) => r.title === "Bob's item")!.owner_email).toBe(bob.user.email);
  });

  it('shows an item title with markup as plain text', async () => {
    const { user: account, password } = await createUser(kite);
    await createItem(kite, account, { title: '<img src=x onerror=alert(1)>' });
    const user = await signedInUser(kite, account.email, password);
    const rows = user.find({ tag: 'q-table' }).prop('rows') as { title: string }[];
    expect(rows[0]!.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('updates live when the item changes elsewhere', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    const other = await signedInUser(kite, account.email, password);
    await kite.services.items.create(account, { title: 'Made elsewhere' });
    await user.should.see('Made elsewhere');
    await other.should.see('Made elsewhere');
  });
});

describe('items screen after a reload (F5) or a restart of the server', () => {
  /** A signed-in user in a tab with an id: `user.open('/items')` again is a reload of that tab. */
  const inTab = async () => {
    const { user: account, password } = await createUser(kite);
    return { account, password, user: await signedInUser(kite, account.email, password, { tabId: newTabId() }) };
  };

  it('brings the open Create Item dialog back with what was typed, and it still creates the item', async () => {
    const { account, user } = await inTab();
    await user.find('Create Item').click();
    await user.find('Title').type('Groceries');
    await user.find('Description').type('Milk and eggs');
    await user.open('/items');
    await user.should.see('Create New Item');
    expect(user.find('Title').value).toBe('Groceries');
    expect(user.find('Description').value).toBe('Milk and eggs');
    await user.find('Create').click();
    await user.should.seeNotification('Item created successfully!');
    await user.should.see('Groceries');
    expect((await kite.services.items.list(account, { skip: 0, limit: 10 })).data.map((i) => i.title)).toEqual(['Groceries']);
    await user.open('/items');
    await user.should.see('Groceries');
    await user.should.notSee('Create New Item');
  });

  it('brings an Edit dialog back for the same item, with the changed title', async () => {
    const { account, user } = await inTab();
    const item = await createItem(kite, account, { title: 'Old title' });
    await user.open('/items');
    await user.find({ marker: 'edit' }).click();
    await (await user.find({ text: 'Old title', tag: 'q-input' }).clear()).type('New title');
    await user.open('/items');
    await user.should.see('Modify Item');
    expect(user.find('Title').value).toBe('New title');
    await user.find('Save').click();
    await user.should.seeNotification('Item updated successfully.');
    expect((await kite.services.items.get(account, item.id)).title).toBe('New title');
  });

  it('brings the dialog back when the server re-mounts the tab (a restart)', async () => {
    const { user } = await inTab();
    await user.find('Create Item').click();
    await user.find('Title').type('Groceries');
    await user.remount();
    await user.should.see('Create New Item');
    expect(user.find('Title').value).toBe('Groceries');
  });

  it('forgets a dialog once it is closed: opened again it starts blank, and that one comes back', async () => {
    const { user } = await inTab();
    await user.find('Create Item').click();
    await user.find('Title').type('Never mind');
    await user.find('Cancel').click();
    await user.find('Create Item').click();
    expect(user.find('Title').value).toBe('');
    await user.find('Title').type('This one');
    await user.open('/items');
    await user.should.see('Create New Item');
    expect(user.find('Title').value).toBe('This one');
  });

  it('lets go of an Edit dialog whose item was deleted meanwhile, quietly', async () => {
    const { account, user } = await inTab();
    const item = await createItem(kite, account, { title: 'Doomed' });
    await user.open('/items');
    await user.find({ marker: 'edit' }).click();
    await user.open('/items');
    await user.should.see('Modify Item');
    await kite.services.items.delete(account, item.id);
    await user.open('/items');
    await vi.waitFor(() => expect(user.client.build(() => ({ ...storage.tab }))).toEqual({}));
    await user.should.notSee('Modify Item');
    expect(user.notifications).toEqual([]);
  });

  it('shows the same search, sort and page again', async () => {
    const { account, user } = await inTab();
    for (let i = 1; i <= 24; i++) await createItem(kite, account, { title: `Task ${String(i).padStart(2, '0')}` });
    await createItem(kite, account, { title: 'Other' });
    await user.open('/items');
    await user.find({ marker: 'search' }).type('Task');
    await user.should.notSee('Other');
    await user.find({ tag: 'q-table' }).trigger('request', { pagination: { page: 2, rowsPerPage: 10, sortBy: 'title', descending: true }, filter: '' });
    await user.should.see('Task 14');
    await user.open('/items');
    await user.should.see('Task 14');
    const table = user.find({ tag: 'q-table' });
    expect(user.find({ marker: 'search' }).value).toBe('Task');
    expect(table.prop('pagination')).toMatchObject({ page: 2, rowsPerPage: 10, sortBy: 'title', descending: true, rowsNumber: 24 });
    expect((table.prop('rows') as { title: string }[]).map((r) => r.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Task ${String(14 - i).padStart(2, '0')}`),
    );
  });

  it("gives another browser sending this tab's id none of it, even signed in as the same user", async () => {
    const { account, password, user } = await inTab();
    await user.find({ marker: 'search' }).type('secret search');
    await user.find('Create Item').click();
    await user.find('Title').type('secret draft');
    const forger = await signedInUser(kite, account.email, password, { tabId: user.tabId });
    await forger.open('/items');
    await forger.should.see('Create Item');
    await forger.should.notSee('Create New Item');
    expect(forger.find({ marker: 'search' }).value).toBe('');
    await user.open('/items');
    await user.should.see('Create New Item');
    expect(user.find({ marker: 'search' }).value).toBe('secret search');
    expect(user.find('Title').value).toBe('secret draft');
  });
});
