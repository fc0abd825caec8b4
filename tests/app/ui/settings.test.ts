import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storage } from '../../../framework/index.js';
import type { KiteApp } from '../../../app/create-app.js';
import { createUser, uniqueEmail } from '../../support/factories.js';
import { newTabId, signedInUser, startUiApp } from '../../support/ui-app.js';

let kite: KiteApp;
beforeAll(async () => {
  kite = await startUiApp();
});
afterAll(async () => {
  await kite.close();
});

describe('settings screen', () => {
  it('saves the own full name and email', async () => {
    const { user: account, password } = await createUser(kite, { full_name: 'Before' });
    const user = await signedInUser(kite, account.email, password);
    await user.open('/settings');
    const email = uniqueEmail('renamed');
    await (await user.find({ text: 'Before', tag: 'q-input' }).clear()).type('After');
    await (await user.find({ text: account.email, tag: 'q-input' }).clear()).type(email);
    await user.find('Save').click();
    await user.should.seeNotification('User updated successfully.');
    const me = await kite.services.users.get(account, account.id);
    expect([me.full_name, me.email]).toEqual(['After', email]);
  });

  it('changes the password only with the right current password', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.open('/settings');
    await user.find('Current password').type('wrong-password');
    await user.find('New password').type('another-passphrase');
    await user.find('Update password').click();
    await user.should.seeNotification('Incorrect password');
    await user.find({ text: 'wrong-password', tag: 'q-input' }).setValue(password);
    await user.find('Update password').click();
    await user.should.seeNotification('Password updated successfully.');
    await expect(kite.services.auth.authenticate(account.email, 'another-passphrase', 't')).resolves.toMatchObject({ id: account.id });
  });

  it('keeps the browser that changed the password signed in and sends the user\'s other browser to the login page', async () => {
    const { user: account, password } = await createUser(kite);
    const elsewhere = await signedInUser(kite, account.email, password);
    await elsewhere.open('/settings');
    const user = await signedInUser(kite, account.email, password);
    await user.open('/settings');
    await user.find('Current password').type(password);
    await user.find('New password').type('another-passphrase');
    await user.find('Update password').click();
    await user.should.seeNotification('Password updated successfully.');
    await user.open('/items');
    await user.should.see('Create Item');
    expect(user.location).toBe('/items');

    await elsewhere.find('Save').click();
    await elsewhere.should.see('Your session has expired. Please log in again.');
    expect(elsewhere.location).toBe('/login');
  });

  it('refuses more wrong current passwords than allowed with a message, even the right one afterwards', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.open('/settings');
    await user.find('Current password').type('wrong-password');
    await user.find('New password').type('another-passphrase');
    for (let i = 0; i < 5; i++) {
      await user.find('Update password').click();
      await user.should.seeNotification('Incorrect password');
      user.notifications.splice(0); // so that the next wait sees the next answer
    }
    await user.find({ text: 'wrong-password', tag: 'q-input' }).setValue(password);
    await user.find('Update password').click();
    await user.should.seeNotification('Too many incorrect passwords, try again later');
    expect(user.notifications).toEqual([{ message: 'Too many incorrect passwords, try again later', type: 'negative' }]);
    expect(user.location).toBe('/settings');
    await expect(kite.services.auth.authenticate(account.email, 'another-passphrase', 'elsewhere')).rejects.toThrow('Too many failed login attempts');
  });

  it('shows a new password over 72 bytes under the field, in bytes', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.open('/settings');
    await user.find('Current password').type(password);
    await user.find('New password').type('😀'.repeat(19));
    await user.find('Update password').click();
    expect(user.find({ tag: 'q-input', text: 'New password' }).prop('errorMessage')).toBe('Must be at most 72 bytes (a non-ASCII character counts as 2 to 4)');
    await expect(kite.services.auth.authenticate(account.email, password, 't')).resolves.toMatchObject({ id: account.id });
  });

  it('shows a full name with a NUL under the field, and saves a tricky one exactly', async () => {
    const { user: account, password } = await createUser(kite, { full_name: 'Before' });
    const user = await signedInUser(kite, account.email, password);
    await user.open('/settings');
    const name = user.find({ text: 'Before', tag: 'q-input' });
    await (await name.clear()).type('a\u0000b');
    await user.find('Save').click();
    expect(name.prop('errorMessage')).toBe('Must not contain control characters');
    await name.setValue("'; DROP TABLE user; -- $1 :name \\ 😀");
    await user.find('Save').click();
    await user.should.seeNotification('User updated successfully.');
    expect((await kite.services.users.get(account, account.id)).full_name).toBe("'; DROP TABLE user; -- $1 :name \\ 😀");
  });

  it('shows a too-short new password under the field', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.open('/settings');
    await user.find('Current password').type(password);
    await user.find('New password').type('short');
    await user.find('Update password').click();
    await user.should.see('Must be at least 8 characters');
  });
});

describe('settings screen after a reload (F5) or a restart of the server', () => {
  it('keeps unsaved profile edits, never the passwords typed', async () => {
    const { user: account, password } = await createUser(kite, { full_name: 'Before' });
    const user = await signedInUser(kite, account.email, password, { tabId: newTabId() });
    await user.open('/settings');
    await (await user.find({ text: 'Before', tag: 'q-input' }).clear()).type('Unsaved');
    await user.find('Current password').type(password);
    await user.find('New password').type('another-passphrase');
    await user.open('/settings');
    await user.should.see('Unsaved');
    expect(user.find('Email').value).toBe(account.email);
    expect(user.find('Current password').value).toBe('');
    expect(user.find('New password').value).toBe('');
    const stored = JSON.stringify(user.client.build(() => storage.tab));
    expect(stored).not.toContain(password);
    expect(stored).not.toContain('another-passphrase');
    await user.remount();
    expect(user.find('Full name').value).toBe('Unsaved');
  });

  it('forgets the edits once saved, and shows what was saved', async () => {
    const { user: account, password } = await createUser(kite, { full_name: 'Before' });
    const user = await signedInUser(kite, account.email, password, { tabId: newTabId() });
    await user.open('/settings');
    await (await user.find({ text: 'Before', tag: 'q-input' }).clear()).type('After');
    await user.open('/settings');
    await user.should.see('After');
    await user.find('Save').click();
    await user.should.seeNotification('User updated successfully.');
    expect(user.find('Full name').value).toBe('After');
    expect({ ...user.client.build(() => storage.tab) }).toEqual({});
    await kite.services.users.updateMe(account, { full_name: 'Changed elsewhere' });
    await user.open('/settings');
    await user.should.see('Changed elsewhere');
  });
});
