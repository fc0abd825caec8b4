import { createApp, type KiteApp } from '../../app/create-app.js';
import { SimulatedUser } from '../../framework/testing/index.js';
import { recordingLogger } from './logger.js';
import { testSettings } from './settings.js';

/** The admin app with an in-memory database, for simulated-user screen tests (no HTTP server). */
export async function startUiApp(): Promise<KiteApp> {
  return createApp(testSettings(), { logger: recordingLogger() });
}

/** A person in a fresh browser, already signed in through the login screen. */
export async function signedInUser(kite: KiteApp, email: string, password: string): Promise<SimulatedUser> {
  const user = new SimulatedUser({ pages: kite.pages });
  await user.open('/login');
  await user.find('Email').type(email);
  await user.find('Password').type(password);
  await user.find('Log in').click();
  await user.should.see('Create Item');
  return user;
}
