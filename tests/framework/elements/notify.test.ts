import { describe, expect, it } from 'vitest';
import { PageRegistry, ui } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';

describe('ui.notify and ui.navigate', () => {
  it('shows a notification in the tab that clicked', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => ui.button('Save', () => ui.notify('Saved!', { type: 'positive' })));
    const user = new SimulatedUser({ pages });
    await user.open('/');
    await user.find('Save').click();
    expect(user.notifications).toEqual([{ message: 'Saved!', type: 'positive' }]);
    user.close();
  });

  it('navigates to another page', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => ui.button('Next', () => ui.navigate.to('/next')));
    pages.add('/next', () => ui.label('second page'));
    const user = new SimulatedUser({ pages });
    await user.open('/');
    await user.find('Next').click();
    await user.should.see('second page');
    expect(user.navigations).toEqual(['/next']);
    user.close();
  });
});
