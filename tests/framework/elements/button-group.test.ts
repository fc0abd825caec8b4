import { describe, expect, it } from 'vitest';
import { ButtonGroup, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.buttonGroup', () => {
  it('joins its buttons into one bar whose clicks reach their handlers', async () => {
    const clicked: string[] = [];
    const user = await openPage(() =>
      ui.buttonGroup({ outline: true }, () => {
        ui.button('One', () => clicked.push('one'));
        ui.button('Two', () => clicked.push('two'));
      }),
    );
    const group = user.find({ kind: ButtonGroup });
    expect([group.spec.tag, group.prop('outline')]).toEqual(['q-btn-group', true]);
    expect(group.spec.ch?.default).toEqual([user.find('One').id, user.find('Two').id]);
    await user.find('Two').click();
    expect(clicked).toEqual(['two']);
  });
});
