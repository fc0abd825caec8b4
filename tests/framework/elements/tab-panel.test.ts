import { describe, expect, it } from 'vitest';
import { TabPanel, TabPanels, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.tabPanel', () => {
  it('is named after its tab (given as element or name) and holds its content', async () => {
    const user = await openPage(() => {
      const tabs = ui.tabs(() => ui.tab('settings', { label: 'Settings' }));
      const settings = tabs.children()[0] as Parameters<typeof ui.tabPanel>[0];
      ui.tabPanels(tabs, () => {
        ui.tabPanel(settings, () => ui.label('Dark mode'));
        ui.tabPanel('about', () => ui.label('Version 1'));
      });
    });
    const [settings, about] = user.findAll({ kind: TabPanel });
    expect([settings!.spec.tag, settings!.prop('name'), about!.prop('name')]).toEqual(['q-tab-panel', 'settings', 'about']);
    expect(user.find('Dark mode').element.parent).toBe(settings!.element);
    await user.find({ kind: TabPanels }).setValue('about');
    expect(user.find({ kind: TabPanels }).value).toBe('about');
  });
});
