import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storage } from '../../../framework/index.js';
import type { KiteApp } from '../../../app/create-app.js';
import { SimulatedUser } from '../../../framework/testing/index.js';
import { createItem, createSuperuser, createUser, uniqueEmail } from '../../support/factories.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../../support/settings.js';
import { newTabId, signedInUser, startUiApp } from '../../support/ui-app.js';

let kite: KiteApp;
beforeAll(async () => {
  kite = await startUiApp();
});
afterAll(async () => {
  await kite.close();
});

describe('users screen', () => {
  it('tells a normal user they may not be here, and hides the menu entry', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.should.notSee({ marker: 'nav-users' });
    await user.open('/users');
    await user.should.see("You don't have permission to access this page.");
  });

  it('lets a superuser create a user who then logs in and sees only their own items', async () => {
    const admin = await signedInUser(kite, ADMIN_EMAIL, ADMIN_PASSWORD);
    await createItem(kite, (await kite.services.auth.authenticate(ADMIN_EMAIL, ADMIN_PASSWORD, 't')), { title: 'Admin only' });
    await admin.find({ marker: 'nav-users' }).click();
    await admin.should.see('Add User');
    await admin.find('Add User').click();
    const email = uniqueEmail('new');
    await admin.find('Email').type(email);
    await admin.find('Password').type('short');
    await admin.find('Full name').type('New Person');
    await admin.find('Create User').click();
    await admin.should.see('Must be at least 8 characters');
    await admin.find({ text: 'short', tag: 'q-input' }).setValue('a-long-passphrase');
    await admin.find('Create User').click();
    await admin.should.seeNotification(`User '${email}' created successfully!`);
    await admin.should.see(email);

    const person = new SimulatedUser({ pages: kite.pages });
    await person.open('/login');
    await person.find('Email').type(email);
    await person.find('Password').type('a-long-passphrase');
    await person.find('Log in').click();
    await person.should.see("You don't have any items yet");
    await person.should.notSee('Admin only');
  });

  it('deactivates and reactivates a user', async () => {
    const { user: account } = await createUser(kite, { email: uniqueEmail('toggle') });
    const admin = await signedInUser(kite, ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.open('/users');
    await admin.should.see(account.email);
    const table = admin.find({ tag: 'q-table' });
    const cell = table.element as unknown as { slotCell(name: string, key: string): { children(): { id: number }[] } };
    const toggle = cell.slotCell('body-cell-actions', account.id).children().find((c) => admin.tree.elements.get(c.id)?.p?.label === 'Deactivate')!;
    await admin.findAll({ text: 'Deactivate' }).find((e) => e.id === toggle.id)!.click();
    await admin.should.seeNotification(`User '${account.email}' deactivated.`);
    expect((await kite.services.users.get(await kite.services.auth.authenticate(ADMIN_EMAIL, ADMIN_PASSWORD, 't'), account.id)).is_active).toBe(false);
  });

  it('shows a password over 72 bytes and a full name with a control character under their fields, then stores a tricky name exactly', async () => {
    const admin = await signedInUser(kite, ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.find({ marker: 'nav-users' }).click();
    await admin.should.see('Add User');
    await admin.find('Add User').click();
    const email = uniqueEmail('bytes');
    await admin.find('Email').type(email);
    await admin.find('Password').type('é'.repeat(37));
    await admin.find('Full name').type('Ann\u0007');
    await admin.find('Create User').click();
    expect(admin.find({ tag: 'q-input', text: 'Password' }).prop('errorMessage')).toBe('Must be at most 72 bytes (a non-ASCII character counts as 2 to 4)');
    expect(admin.find({ tag: 'q-input', text: 'Full name' }).prop('errorMessage')).toBe('Must not contain control characters');
    await admin.find({ tag: 'q-input', text: 'Password' }).setValue('é'.repeat(36));
    await admin.find({ tag: 'q-input', text: 'Full name' }).setValue("Ann O'Brien; -- ?? 😀");
    await admin.find('Create User').click();
    await admin.should.seeNotification(`User '${email}' created successfully!`);
    const created = await kite.services.auth.authenticate(email, 'é'.repeat(36), 't');
    expect(created.full_name).toBe("Ann O'Brien; -- ?? 😀");
  });

  it('keeps a superuser who sets their own password signed in, and sends their other browser to the login page', async () => {
    const { user: account, password } = await createSuperuser(kite, { email: uniqueEmail('self') });
    const elsewhere = await signedInUser(kite, account.email, password);
    await elsewhere.open('/settings');
    const admin = await signedInUser(kite, account.email, password);
    await admin.open('/users');
    await admin.should.see(account.email);
    const cell = admin.find({ tag: 'q-table' }).element as unknown as { slotCell(name: string, key: string): { children(): { id: number }[] } };
    const [edit] = cell.slotCell('body-cell-actions', account.id).children();
    await admin.findAll({ marker: 'edit' }).find((e) => e.id === edit!.id)!.click();
    await admin.find('New password (leave blank to keep)').type('my-own-new-passphrase');
    await admin.find('Save').click();
    await admin.should.seeNotification('User updated successfully.');
    await admin.open('/items');
    expect(admin.location).toBe('/items');

    await elsewhere.find('Save').click();
    await elsewhere.should.see('Your session has expired. Please log in again.');
    expect(elsewhere.location).toBe('/login');
  });
});

describe('users screen after a reload (F5) or a restart of the server', () => {
  it('brings the open Add User dialog back with what was typed, without the password', async () => {
    const admin = await signedInUser(kite, ADMIN_EMAIL, ADMIN_PASSWORD, { tabId: newTabId() });
    await admin.open('/users');
    await admin.find('Add User').click();
    const email = uniqueEmail('draft');
    await admin.find('Email').type(email);
    await admin.find('Full name').type('Draft Person');
    await admin.find('Password').type('a-long-passphrase');
    await admin.find('Is Superuser?').click();
    await admin.open('/users');
    await admin.should.see('Create User');
    expect(admin.find('Email').value).toBe(email);
    expect(admin.find('Full name').value).toBe('Draft Person');
    expect(admin.find('Is Superuser?').value).toBe(true);
    expect(admin.find('Password').value).toBe('');
    expect(JSON.stringify(admin.client.build(() => storage.tab))).not.toContain('a-long-passphrase');
    await admin.find('Password').type('a-long-passphrase');
    await admin.find('Create User').click();
    await admin.should.seeNotification(`User '${email}' created successfully!`);
    await admin.open('/users');
    await admin.should.notSee('Create User');
  });

  it('brings an Edit User dialog back for the same user', async () => {
    await createUser(kite);
    const admin = await signedInUser(kite, ADMIN_EMAIL, ADMIN_PASSWORD, { tabId: newTabId() });
    await admin.open('/users');
    const rows = admin.find({ tag: 'q-table' }).prop('rows') as { id: string; email: string }[];
    const at = rows.findIndex((r) => r.email !== ADMIN_EMAIL);
    await admin.findAll({ marker: 'edit' })[at]!.click();
    await (await admin.find('Full name').clear()).type('New Name');
    await admin.remount();
    await admin.should.see('Edit User');
    expect(admin.find('Email').value).toBe(rows[at]!.email);
    expect(admin.find('Full name').value).toBe('New Name');
    await admin.find('Save').click();
    await admin.should.seeNotification('User updated successfully.');
    const actor = await kite.services.auth.authenticate(ADMIN_EMAIL, ADMIN_PASSWORD, 'test');
    expect((await kite.services.users.get(actor, rows[at]!.id)).full_name).toBe('New Name');
  });
});
