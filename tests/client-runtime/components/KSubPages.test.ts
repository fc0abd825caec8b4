import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick, ref } from 'vue';
import KSubPages, { here, localPath } from '../../../client-runtime/components/KSubPages.js';
import { mountToy, textOf } from '../toy-renderer.js';

describe('localPath', () => {
  const base = 'https://app.example/spa/users/3?x=1';

  it('resolves a URL to the path and query on the page origin', () => {
    expect(localPath('/spa/users/3', base)).toBe('/spa/users/3');
    expect(localPath('/spa/users/jöhn?tab=a b', base)).toBe('/spa/users/j%C3%B6hn?tab=a%20b');
    expect(here({ href: base, pathname: '/spa/users/3', search: '?x=1' })).toBe('/spa/users/3?x=1');
  });

  it('refuses other origins', () => {
    expect(localPath('//evil.example/x', base)).toBeUndefined();
    expect(localPath('https://evil.example/', base)).toBeUndefined();
  });
});

/** A tab's location and history: pushes and replacements, and the back button. */
function fakeBrowser(start: string) {
  const window = new EventTarget();
  const entries = [start];
  let index = 0;
  const location = {
    get href() {
      return `https://app.example${entries[index]}`;
    },
    get pathname() {
      return new URL(this.href).pathname;
    },
    get search() {
      return new URL(this.href).search;
    },
  };
  const history = {
    state: null,
    pushState: vi.fn((_state: unknown, _title: string, url: string) => {
      entries.splice(index + 1, entries.length, url);
      index++;
    }),
    replaceState: vi.fn((_state: unknown, _title: string, url: string) => void (entries[index] = url)),
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', history);
  vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
  vi.stubGlobal('removeEventListener', window.removeEventListener.bind(window));
  const go = (delta: number) => {
    index += delta;
    window.dispatchEvent(new Event('popstate'));
  };
  return { entries: () => entries.slice(0, index + 1), history, go };
}

describe('k-sub-pages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pushes a history entry when the server shows another sub page, and reports back and forward', async () => {
    const browser = fakeBrowser('/spa');
    const url = ref('/spa');
    const reported: string[] = [];
    const root = mountToy(
      { render: () => h(KSubPages, { url: url.value, onNavigate: (to: string) => reported.push(to) }, { default: () => 'content' }) },
      () => {},
    );
    expect(textOf(root)).toBe('content');
    expect(browser.history.replaceState).not.toHaveBeenCalled();
    url.value = '/spa/users/3';
    await nextTick();
    expect(browser.entries()).toEqual(['/spa', '/spa/users/3']);
    browser.go(-1);
    expect(reported).toEqual(['/spa']);
    // The server follows: the location is already there, so nothing is pushed.
    url.value = '/spa';
    await nextTick();
    expect(browser.history.pushState).toHaveBeenCalledTimes(1);
    browser.go(1);
    expect(reported).toEqual(['/spa', '/spa/users/3']);
  });

  it('corrects a different spelling of the first location without adding an entry', () => {
    const browser = fakeBrowser('/spa/');
    mountToy({ render: () => h(KSubPages, { url: '/spa' }) }, () => {});
    expect(browser.history.replaceState).toHaveBeenCalledWith(null, '', '/spa');
    expect(browser.history.pushState).not.toHaveBeenCalled();
  });

  it('stops listening when unmounted', async () => {
    const browser = fakeBrowser('/spa');
    const shown = ref(true);
    const reported: string[] = [];
    mountToy({ render: () => (shown.value ? h(KSubPages, { url: '/spa', onNavigate: (to: string) => reported.push(to) }) : null) }, () => {});
    shown.value = false;
    await nextTick();
    browser.history.pushState(null, '', '/spa/x');
    browser.go(0);
    expect(reported).toEqual([]);
  });
});
