import { describe, expect, it } from 'vitest';
import { Button, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.button', () => {
  it('runs its click handler and can change its own label', async () => {
    let clicks = 0;
    const user = await openPage(() => ui.button('Like', (e) => ((e.sender as Button).label = `Liked ${++clicks}`)));
    await user.find('Like').click();
    await user.find('Liked 1').click();
    expect(clicks).toBe(2);
    await user.should.see('Liked 2');
  });

  it('changes icon and colour at runtime', async () => {
    const user = await openPage(() =>
      ui.button('Play', (e) => {
        const button = e.sender as Button;
        button.icon = 'pause';
        button.color = 'negative';
      }).props({ icon: 'play_arrow' }),
    );
    await user.find('Play').click();
    expect([user.find('Play').prop('icon'), user.find('Play').prop('color')]).toEqual(['pause', 'negative']);
  });

  it('drops a click on a disabled button: nothing runs', async () => {
    let clicks = 0;
    const user = await openPage(() => ui.button('Delete', () => clicks++).mark('delete').props('disable'));
    const button = user.find({ marker: 'delete' });
    await expect(button.click()).rejects.toThrow(/disabled/);
    // A forged click straight from the tab is dropped by the server too.
    user.send(['e', button.id, 'click', []]);
    await user.settle();
    expect(clicks).toBe(0);
    expect(user.client.dropped).toBe(1);
  });

  it('drops clicks on buttons inside a disabled or hidden container', async () => {
    let clicks = 0;
    let card!: ReturnType<typeof ui.card>;
    let panel!: ReturnType<typeof ui.card>;
    const user = await openPage(() => {
      card = ui.card(() => ui.button('In disabled card', () => clicks++));
      card.enabled = false;
      panel = ui.card(() => ui.button('In hidden card', () => clicks++).mark('hidden-button'));
      panel.visible = false;
    });
    await user.find('In disabled card').click();
    await user.should.notSee('In hidden card');
    const hidden = [...user.client.elements.values()].find((el) => el.markers.includes('hidden-button'))!;
    user.send(['e', hidden.id, 'click', []]);
    await user.settle();
    expect(clicks).toBe(0);
    expect(user.client.dropped).toBe(2);

    card.enabled = true;
    panel.visible = true;
    await user.find('In disabled card').click();
    await user.find('In hidden card').click();
    expect(clicks).toBe(2);
  });
});
