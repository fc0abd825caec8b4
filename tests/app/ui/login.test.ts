import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KiteApp } from '../../../app/create-app.js';
import { storage } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';
import { createUser } from '../../support/factories.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../../support/settings.js';
import { newTabId, signedInUser, startUiApp } from '../../support/ui-app.js';

let kite: KiteApp;
beforeAll(async () => {
  kite = await startUiApp();
});
afterAll(async () => {
  await kite.close();
});

describe('login screen', () => {
  it('sends a visitor from / to the login page', async () => {
    const user = new SimulatedUser({ pages: kite.pages });
    await user.open('/');
    expect(user.location).toBe('/login');
    await user.should.see('Log in');
  });

  it('keeps Log in disabled until both fields are filled', async () => {
    const user = new SimulatedUser({ pages: kite.pages });
    await user.open('/login');
    expect(user.find('Log in').prop('disable')).toBe(true);
    await user.find('Email').type(ADMIN_EMAIL);
    expect(user.find('Log in').prop('disable')).toBe(true);
    await user.find('Password').type('x');
    expect(user.find('Log in').prop('disable')).toBeUndefined();
  });

  it('shows a red notification for a wrong password and stays on the page', async () => {
    const user = new SimulatedUser({ pages: kite.pages });
    await user.open('/login');
    await user.find('Email').type(ADMIN_EMAIL);
    await user.find('Password').type('wrong-password');
    await user.find('Log in').click();
    await user.should.seeNotification('Incorrect email or password');
    expect(user.notifications).toContainEqual({ message: 'Incorrect email or password', type: 'negative' });
    expect(user.location).toBe('/login');
  });

  it('logs in with Enter and lands on the items page; / then goes straight to the items', async () => {
    const user = new SimulatedUser({ pages: kite.pages });
    await user.open('/login');
    await user.find('Email').type(ADMIN_EMAIL);
    await user.find('Password').type(ADMIN_PASSWORD);
    await user.find('Password').press('Enter');
    await user.should.see('Create Item');
    expect(user.location).toBe('/items');
    await user.open('/');
    expect(user.location).toBe('/items');
    await user.open('/login');
    expect(user.location).toBe('/items');
  });

  it('logs out from the drawer and protects pages again', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    await user.find('Logout').click();
    await user.should.see('Log in');
    await user.open('/items');
    expect(user.location).toBe('/login');
  });

  it('sends a deactivated account back to the login page with a message', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    const admin = await kite.services.auth.authenticate(ADMIN_EMAIL, ADMIN_PASSWORD, 'test');
    await kite.services.users.update(admin, account.id, { is_active: false });
    await user.find('Create Item').click();
    await user.should.see('Your account is inactive. Please contact an administrator.');
    expect(user.location).toBe('/login');
  });

  it('sends a user whose account was deleted back to the login page as an expired session', async () => {
    const { user: account, password } = await createUser(kite);
    const user = await signedInUser(kite, account.email, password);
    const admin = await kite.services.auth.authenticate(ADMIN_EMAIL, ADMIN_PASSWORD, 'test');
    await kite.services.users.delete(admin, account.id);
    await user.should.see('Your session has expired. Please log in again.');
    expect(user.location).toBe('/login');
  });
});

describe('login screen after a reload (F5) or a restart of the server', () => {
  it('keeps the typed email, never the password', async () => {
    const user = new SimulatedUser({ pages: kite.pages, tabId: newTabId() });
    await user.open('/login');
    await user.find('Email').type('half-typed@exam');
    await user.find('Password').type('a-secret-passphrase');
    await user.open('/login');
    await user.should.see('half-typed@exam');
    expect(user.find('Password').value).toBe('');
    expect(JSON.stringify(user.client.build(() => storage.tab))).not.toContain('a-secret-passphrase');
    await user.remount();
    expect(user.find('Email').value).toBe('half-typed@exam');
  });

  it("gives another browser sending this tab's id an empty email", async () => {
    const user = new SimulatedUser({ pages: kite.pages, tabId: newTabId() });
    await user.open('/login');
    await user.find('Email').type('private@example.com');
    const forger = new SimulatedUser({ pages: kite.pages, tabId: user.tabId });
    await forger.open('/login');
    expect(forger.find('Email').value).toBe('');
    await user.open('/login');
    await user.should.see('private@example.com');
  });

  it('forgets the email once signed in', async () => {
    const user = new SimulatedUser({ pages: kite.pages, tabId: newTabId() });
    await user.open('/login');
    await user.find('Email').type(ADMIN_EMAIL);
    await user.find('Password').type(ADMIN_PASSWORD);
    await user.open('/login');
    await user.should.see(ADMIN_EMAIL);
    await user.find('Password').type(ADMIN_PASSWORD);
    await user.find('Log in').click();
    await user.should.see('Create Item');
    expect({ ...user.client.build(() => storage.tab) }).toEqual({});
  });
});
