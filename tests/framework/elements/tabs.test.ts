import { describe, expect, it } from 'vitest';
import { Tabs, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.tabs', () => {
  it('starts on the first tab and reports the tab the user picks', async () => {
    const picked: (string | null)[] = [];
    const user = await openPage(() =>
      ui.tabs({ onChange: (e) => picked.push(e.value) }, () => {
        ui.tab('mail', { label: 'Mail', icon: 'mail' });
        ui.tab('alarms', { label: 'Alarms' });
      }),
    );
    const tabs = user.find({ kind: Tabs });
    expect([tabs.spec.tag, tabs.value]).toEqual(['q-tabs', 'mail']);
    await tabs.setValue('alarms');
    expect(picked).toEqual(['alarms']);
  });

  it('rejects the name of a tab it does not have', async () => {
    const user = await openPage(() => ui.tabs(() => ui.tab('only')));
    const tabs = user.find({ kind: Tabs });
    await tabs.setValue('admin');
    expect((tabs.element as Tabs).value).toBe('only');
    expect(tabs.value).toBe('only');
  });
});
