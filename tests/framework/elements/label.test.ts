import { describe, expect, it } from 'vitest';
import { ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.label', () => {
  it('shows markup as plain text, never as HTML', async () => {
    const user = await openPage(() => ui.label('<img src=x onerror=alert(1)>'));
    const label = user.find('<img src=x onerror=alert(1)>');
    expect(label.text).toBe('<img src=x onerror=alert(1)>');
    expect(label.spec.tag).toBe('div');
    expect(label.prop('innerHTML')).toBeUndefined();
  });

  it('follows text changes made by a handler', async () => {
    const user = await openPage(() => {
      const status = ui.label('idle');
      ui.button('Run', () => (status.text = 'running'));
    });
    await user.find('Run').click();
    await user.should.see('running');
    await user.should.notSee('idle');
  });
});
