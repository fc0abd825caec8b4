import { describe, expect, it } from 'vitest';
import { Step, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.step', () => {
  it('has a title, icon and content, and can be marked done', async () => {
    let first!: Step;
    const user = await openPage(() =>
      ui.stepper(() => {
        first = ui.step('cart', { title: 'Your cart', icon: 'shopping_cart' }, () => {
          ui.label('2 items');
          ui.button('Done', () => (first.done = true));
        });
      }),
    );
    const step = user.find('Your cart');
    expect([step.spec.tag, step.prop('name'), step.prop('icon'), step.prop('done')]).toEqual(['q-step', 'cart', 'shopping_cart', undefined]);
    expect(user.find('2 items').element.parent).toBe(first);
    await user.find('Done').click();
    expect(step.prop('done')).toBe(true);
  });
});
