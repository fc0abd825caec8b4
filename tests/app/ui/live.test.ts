import { afterAll, beforeAll, describe, it } from 'vitest';
import { createApp, type KiteApp } from '../../../app/create-app.js';
import { InMemoryChangeBus, type ChangeEvent } from '../../../app/services/bus.js';
import { createItem, createUser } from '../../support/factories.js';
import { recordingLogger } from '../../support/logger.js';
import { testSettings } from '../../support/settings.js';
import { signedInUser } from '../../support/ui-app.js';

/** A bus that can lose events, as one does while its link to the other processes is down. */
class LossyBus extends InMemoryChangeBus {
  losing = false;
  override publish(event: ChangeEvent): void {
    if (!this.losing) super.publish(event);
  }
}

describe('live screens', () => {
  const bus = new LossyBus(recordingLogger());
  let kite: KiteApp;
  beforeAll(async () => {
    kite = await createApp(testSettings(), { logger: recordingLogger(), bus });
  });
  afterAll(async () => {
    await kite.close();
  });

  it('reload their data when the bus may have missed changes, even without any change event', async () => {
    const { user: account, password } = await createUser(kite);
    const screen = await signedInUser(kite, account.email, password);
    bus.losing = true;
    await createItem(kite, account, { title: 'Missed while away' });
    bus.losing = false;
    bus.announceMissedChanges();
    await screen.should.see('Missed while away');
  });
});
