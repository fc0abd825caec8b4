import { describe, expect, it } from 'vitest';
import { Tooltip, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.tooltip', () => {
  it('explains the element it is created in', async () => {
    const user = await openPage(() => ui.button('Save', () => {}, () => ui.tooltip('Keeps the draft', { delay: 500 })));
    const tip = user.find({ kind: Tooltip });
    expect([tip.spec.tag, tip.text, tip.prop('delay')]).toEqual(['q-tooltip', 'Keeps the draft', 500]);
    expect(tip.element.parent).toBe(user.find('Save').element);
  });
});
