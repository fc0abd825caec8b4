import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createApp, type KiteApp } from '../../app/create-app.js';
import { createItem, createUser } from '../support/factories.js';
import { recordingLogger } from '../support/logger.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, testSettings } from '../support/settings.js';
import { launchBrowser, screenshotDir, watchPage, type PageWatch } from './support/browser.js';

let browser: Browser;
let kite: KiteApp;
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  kite = await createApp(testSettings(), { logger: recordingLogger() });
  await new Promise<void>((resolve) => kite.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(kite.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  kite.server.closeAllConnections();
  await new Promise((resolve) => kite.server.close(resolve));
  await kite.close();
});

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Create Item' }).waitFor();
}

function expectClean(watch: PageWatch): void {
  expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
}

describe('admin app in a real browser', () => {
  it('logs in, creates, edits and deletes an item, and logs out', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, base);
    await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/items');
    // The icon font and Roboto load from the app itself (watchPage also sees no foreign request).
    const loadedFaces = await page.evaluate(async () =>
      (await Promise.all(['24px "Material Icons"', '14px Roboto'].map((font) => document.fonts.load(font)))).map((faces) => faces.length),
    );
    expect(loadedFaces.every((n) => n > 0)).toBe(true);

    await page.getByRole('button', { name: 'Create Item' }).click();
    await page.getByText('Create New Item').waitFor();
    await page.getByLabel('Title').fill('Buy milk');
    await page.getByLabel('Description').fill('Two litres');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('Item created successfully!').waitFor();
    await page.getByRole('cell', { name: 'Buy milk' }).waitFor();
    await page.screenshot({ path: `${screenshotDir}/admin-items.png` });

    await page.getByRole('row', { name: /Buy milk/ }).getByRole('button').first().click();
    await page.getByText('Modify Item').waitFor();
    await page.getByLabel('Title').fill('Buy oat milk');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Item updated successfully.').waitFor();
    await page.getByRole('cell', { name: 'Buy oat milk' }).waitFor();

    await page.getByRole('row', { name: /Buy oat milk/ }).getByRole('button').nth(1).click();
    await page.getByText("Are you sure you want to delete 'Buy oat milk'?").waitFor();
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('Item deleted successfully.').waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'Buy oat milk' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Logout' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await page.goto(`${base}/items`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expectClean(watch);
    await page.close();
  });

  it('lets a superuser create a user who then logs in and sees only their own items', async () => {
    const admin = await browser.newPage();
    await logIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
    const adminUser = await kite.services.auth.authenticate(ADMIN_EMAIL, ADMIN_PASSWORD, 'e2e');
    await createItem(kite, adminUser, { title: 'Secret admin item' });
    await admin.getByRole('button', { name: 'Users' }).click();
    await admin.getByRole('button', { name: 'Add User' }).click();
    await admin.getByLabel('Email').fill('carol@example.com');
    await admin.getByLabel('Full name').fill('Carol');
    await admin.getByLabel('Password').fill('carol-passphrase');
    await admin.getByRole('button', { name: 'Create User' }).click();
    await admin.getByText("User 'carol@example.com' created successfully!").waitFor();
    await admin.getByRole('cell', { name: 'carol@example.com' }).waitFor();
    await admin.screenshot({ path: `${screenshotDir}/admin-users.png` });
    await admin.close();

    const carol = await browser.newPage();
    await logIn(carol, 'carol@example.com', 'carol-passphrase');
    await carol.getByText("You don't have any items yet").waitFor();
    expect(await carol.getByText('Secret admin item').count()).toBe(0);
    expect(await carol.getByRole('button', { name: 'Users' }).count()).toBe(0);
    await carol.close();
  });

  it('shows an item titled with markup as plain text', async () => {
    const { user, password } = await createUser(kite);
    await createItem(kite, user, { title: '<img src=x onerror=alert(1)>' });
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await logIn(page, user.email, password);
    await page.getByRole('cell', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    expect(await page.locator('td img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('shows a change made through the REST API live on an open items page', async () => {
    const { user, password } = await createUser(kite);
    const page = await browser.newPage();
    await logIn(page, user.email, password);
    const token = (await kite.services.auth.login(user.email, password, 'e2e')).access_token;
    const response = await fetch(`${base}/api/v1/items/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Posted over REST' }),
    });
    expect(response.status).toBe(200);
    await page.getByRole('cell', { name: 'Posted over REST' }).waitFor({ timeout: 1000 });
    await page.close();
  });
});
