import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadCount, DOWNLOAD_LIMITS } from '../../../framework/core/downloads.js';
import { KiteError, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('ui.download', () => {
  it('offers content under its file name at a URL of this tab; the tab is told to fetch it', async () => {
    const user = await openPage(() => ui.button('Export', () => ui.download.content('a,b\n1,2\n', 'report.csv')));
    await user.find('Export').click();
    expect(user.downloads).toHaveLength(1);
    const [download] = user.downloads;
    expect(download!.url).toMatch(new RegExp(`^/_ui/download/${user.client.id}/[\\w-]{24}$`));
    expect(download!.filename).toBe('report.csv');
    expect(await download!.text()).toBe('a,b\n1,2\n');
  });

  it('offers bytes, and a file on disk under its own name or another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-download-'));
    const path = join(dir, 'data.bin');
    writeFileSync(path, Buffer.from([0, 1, 2, 255]));
    const user = await openPage(() =>
      ui.button('Get', () => {
        ui.download(new Uint8Array([9, 8, 7]), 'raw.bin');
        ui.download.file(path);
        ui.download.file(path, 'renamed.bin');
      }),
    );
    await user.find('Get').click();
    expect(user.downloads.map((d) => d.filename)).toEqual(['raw.bin', 'data.bin', 'renamed.bin']);
    expect([...(await user.downloads[0]!.content())]).toEqual([9, 8, 7]);
    expect([...(await user.downloads[1]!.content())]).toEqual([0, 1, 2, 255]);
  });

  it('passes an app URL straight to the tab', async () => {
    const user = await openPage(() => ui.button('Export', () => ui.download('/api/v1/export', 'all.json')));
    await user.find('Export').click();
    expect(user.downloads.map((d) => [d.url, d.filename])).toEqual([['/api/v1/export', 'all.json']]);
  });

  it('refuses a missing file and a malformed media type at once', async () => {
    const errors: unknown[] = [];
    await openPage(() => {
      for (const attempt of [() => ui.download.file('/no/such/file'), () => ui.download.content('x', 'x.txt', { mediaType: 'text/html\r\nX: y' })])
        try {
          attempt();
        } catch (error) {
          errors.push(error);
        }
    });
    expect(errors.map((e) => e instanceof KiteError)).toEqual([true, true]);
  });

  it('holds a bounded number of offers per tab: the oldest goes first', async () => {
    const user = await openPage(() =>
      ui.button('Many', () => {
        for (let i = 0; i <= DOWNLOAD_LIMITS.offers; i++) ui.download.content(`file ${i}`, `${i}.txt`);
      }),
    );
    await user.find('Many').click();
    expect(downloadCount(user.client)).toBe(DOWNLOAD_LIMITS.offers);
    await expect(user.downloads[0]!.content()).rejects.toThrow(/no download/);
    expect(await user.downloads[DOWNLOAD_LIMITS.offers]!.text()).toBe(`file ${DOWNLOAD_LIMITS.offers}`);
  });

  it('forgets an offer when it expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const user = await openPage(() => ui.button('Soon', () => ui.download.content('x', 'x.txt', { ttl: 1000 })));
    await user.find('Soon').click();
    expect(await user.downloads[0]!.text()).toBe('x');
    vi.advanceTimersByTime(1001);
    await expect(user.downloads[0]!.content()).rejects.toThrow(/expired/);
    expect(downloadCount(user.client)).toBe(0);
  });

  it('releases every offer when the tab goes away', async () => {
    const user = await openPage(() => ui.button('Export', () => ui.download.content('x', 'x.txt')));
    await user.find('Export').click();
    const [download] = user.downloads;
    const client = user.client;
    user.close();
    expect(downloadCount(client)).toBe(0);
    await expect(download!.content()).rejects.toThrow(/no download/);
  });
});
