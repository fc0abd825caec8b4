import { describe, expect, it } from 'vitest';
import { TabPanels, Tabs, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

function linkedTabs(): void {
  const tabs = ui.tabs(() => {
    ui.tab('a', { label: 'Tab A' });
    ui.tab('b', { label: 'Tab B' });
  });
  ui.tabPanels(tabs, () => {
    ui.tabPanel('a', () => ui.label('Alpha content'));
    ui.tabPanel('b', () => ui.label('Beta content'));
  });
}

describe('ui.tabPanels', () => {
  it('switches the panel when the user switches the tab', async () => {
    const user = await openPage(linkedTabs);
    const panels = user.find({ kind: TabPanels });
    expect([panels.spec.tag, panels.value, panels.prop('animated')]).toEqual(['q-tab-panels', 'a', true]);
    await user.find({ kind: Tabs }).setValue('b');
    expect(panels.value).toBe('b');
  });

  it('switches the tab when the panel changes (a swipe), and ignores unknown panels', async () => {
    const user = await openPage(linkedTabs);
    const panels = user.find({ kind: TabPanels });
    await panels.setValue('b');
    expect(user.find({ kind: Tabs }).value).toBe('b');
    await panels.setValue('zzz');
    expect((panels.element as TabPanels).value).toBe('b');
    expect(user.find({ kind: Tabs }).value).toBe('b');
  });

  it('stops following the tabs once deleted', async () => {
    let panels!: TabPanels;
    let tabs!: Tabs;
    const user = await openPage(() => {
      tabs = ui.tabs(() => {
        ui.tab('x');
        ui.tab('y');
      });
      panels = ui.tabPanels(tabs, () => ui.tabPanel('x'));
    });
    panels.delete();
    await user.find({ kind: Tabs }).setValue('y');
    expect(tabs.value).toBe('y');
    expect(panels.value).toBe('x');
    expect(user.logger.lines).toEqual([]);
  });
});
