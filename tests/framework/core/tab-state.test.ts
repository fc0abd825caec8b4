import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attachTab, configureStorage } from '../../../framework/core/storage.js';
import { KiteError, PageRegistry, storage, tabState, ui } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';
import { recordingClient } from '../../support/client.js';

const newId = () => randomBytes(16).toString('base64url');

/** A tab of a browser: the same ids again are a reload (F5) of that tab. */
const tab = (pages: PageRegistry, ids = { browserId: newId(), tabId: newId() }) => new SimulatedUser({ pages, ...ids });

/** A page with a dialog whose open state and title live in tab state. */
function dialogPage(): PageRegistry {
  const pages = new PageRegistry();
  pages.add('/', () => {
    const draft = tabState('note', { open: false, title: '' });
    ui.button('New note', () => (draft.open = true));
    ui.dialog(() => ui.input({ label: 'Title' }).bindValue(draft, 'title')).bindValue(draft, 'open');
  });
  return pages;
}

describe('tabState', () => {
  it('brings a bound dialog back open, with its text, after a reload of the tab', async () => {
    const pages = dialogPage();
    const user = tab(pages);
    await user.open('/');
    await user.find('New note').click();
    await user.find('Title').type('Groceries');
    await user.open('/');
    expect(user.find({ tag: 'q-dialog' }).value).toBe(true);
    expect(user.find('Title').value).toBe('Groceries');
  });

  it('gives another browser sending the same tab id the defaults', async () => {
    const pages = dialogPage();
    const ids = { browserId: newId(), tabId: newId() };
    const owner = tab(pages, ids);
    await owner.open('/');
    await owner.find('New note').click();
    await owner.find('Title').type('private');
    const forger = tab(pages, { browserId: newId(), tabId: ids.tabId });
    await forger.open('/');
    expect(forger.find({ tag: 'q-dialog' }).value).toBe(false);
    expect(forger.find('Title').value).toBe('');
  });

  it('holds the defaults until the tab connects, then its stored values; code after whenConnected sees them', async () => {
    const pages = new PageRegistry();
    const seen: string[] = [];
    pages.add('/', async ({ client }) => {
      const view = tabState('view', { search: '' });
      seen.push(view.search);
      await client.whenConnected();
      seen.push(view.search);
      ui.button('Remember', () => (view.search = 'milk'));
    });
    const user = tab(pages);
    await user.open('/');
    await user.find('Remember').click();
    await user.open('/');
    expect(seen).toEqual(['', '', '', 'milk']);
  });

  it('is built with the stored values when the tab is known while the page builds (a re-mount)', () => {
    configureStorage({ dir: undefined, tabGraceMs: 60_000 });
    const ids = { browserId: newId(), tabId: newId() };
    const before = recordingClient().client;
    before.browserId = ids.browserId;
    attachTab(before, ids.tabId);
    before.build(() => (tabState('note', { open: false, title: '' }).title = 'typed'));
    before.delete();
    const { client } = recordingClient();
    client.browserId = ids.browserId;
    attachTab(client, ids.tabId);
    const input = client.build(() => ui.input().bindValue(tabState('note', { open: false, title: '' }), 'title'));
    expect(input.value).toBe('typed');
  });

  it('stores only what differs from the defaults: assigning them back leaves the tab storage empty', async () => {
    const pages = new PageRegistry();
    let stored: unknown;
    pages.add('/', async ({ client }) => {
      await client.whenConnected();
      const draft = tabState('note', { open: false, title: '' });
      ui.button('Open', () => (draft.open = true));
      ui.button('Reset', () => Object.assign(draft, { open: false, title: '' }));
      ui.button('Look', () => (stored = JSON.parse(JSON.stringify(storage.tab))));
    });
    const user = tab(pages);
    await user.open('/');
    await user.find('Open').click();
    await user.find('Look').click();
    expect(stored).toEqual({ note: { open: true } });
    await user.find('Reset').click();
    await user.find('Look').click();
    expect(stored).toEqual({});
  });

  it('ignores a stored value of another kind than its default (what an older page version kept)', async () => {
    const pages = new PageRegistry();
    pages.add('/old', async ({ client }) => {
      await client.whenConnected();
      storage.tab.note = { title: 42, open: true };
    });
    pages.add('/', async ({ client }) => {
      await client.whenConnected();
      const draft = tabState('note', { open: false, title: '' });
      ui.label(`${JSON.stringify(draft.title)} ${String(draft.open)}`);
    });
    const user = tab(pages);
    await user.open('/old');
    await user.open('/');
    await user.should.see('"" true');
  });

  it('keeps what page code assigned before the tab connected, unless the tab stored that key', async () => {
    const pages = new PageRegistry();
    pages.add('/', async ({ client }) => {
      const draft = tabState('note', { open: false, title: '' });
      draft.title = 'from the page';
      if (client.page.query.open) draft.open = true;
      await client.whenConnected();
      ui.label(`${draft.title} ${String(draft.open)}`);
      ui.button('Type', () => (draft.title = 'typed'));
    });
    const user = tab(pages);
    await user.open('/?open=1');
    await user.should.see('from the page true');
    await user.find('Type').click();
    await user.open('/');
    await user.should.see('typed true');
  });

  it('is one object per name within a page, and refuses keys its defaults do not have', () => {
    const { client } = recordingClient();
    client.build(() => {
      const draft = tabState('note', { title: '' });
      expect(tabState('note', { title: '' })).toBe(draft);
      expect(() => Object.assign(draft, { titel: 'x' })).toThrow(KiteError);
    });
  });
});
