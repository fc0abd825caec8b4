import { randomBytes } from 'node:crypto';
import { createApp, type KiteApp } from '../../app/create-app.js';
import { SimulatedUser } from '../../framework/testing/index.js';
import { recordingLogger } from './logger.js';
import { testSettings } from './settings.js';

/** The admin app with an in-memory database, for simulated-user screen tests (no HTTP server). */
export async function startUiApp(): Promise<KiteApp> {
  return createApp(testSettings(), { logger: recordingLogger() });
}

/**
 * A person in a fresh browser, already signed in through the login screen. With a `tabId` the tab
 * has an id, as a browser tab does (tab state); opening a page again is then a reload of that tab.
 */
export async function signedInUser(kite: KiteApp, email: string, password: string, tab: { tabId?: string } = {}): Promise<SimulatedUser> {
  const user = new SimulatedUser({ pages: kite.pages, ...tab });
  await user.open('/login');
  await user.find('Email').type(email);
  await user.find('Password').type(password);
  await user.find('Log in').click();
  await user.should.see('Create Item');
  return user;
}

/** A new tab id, as the runtime makes one per browser tab. */
export function newTabId(): string {
  return randomBytes(16).toString('base64url');
}
