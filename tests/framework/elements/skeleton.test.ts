import { describe, expect, it } from 'vitest';
import { Skeleton, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.skeleton', () => {
  it('is a placeholder shape that disappears when the content arrives', async () => {
    let skeleton!: Skeleton;
    const user = await openPage(() => {
      skeleton = ui.skeleton('circle', { size: '48px', animation: 'pulse' });
      ui.skeleton();
      ui.button('Loaded', () => skeleton.delete());
    });
    const [circle, rect] = user.findAll({ kind: Skeleton });
    expect([circle!.spec.tag, circle!.prop('type'), circle!.prop('size'), circle!.prop('animation')]).toEqual(['q-skeleton', 'circle', '48px', 'pulse']);
    expect([rect!.prop('type'), rect!.prop('animation')]).toEqual(['rect', 'wave']);
    await user.find('Loaded').click();
    expect(user.findAll({ kind: Skeleton })).toHaveLength(1);
  });
});
