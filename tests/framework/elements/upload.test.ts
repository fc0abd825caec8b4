import { mkdtempSync, readFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { KiteError, ui, Upload, type UploadedFile, type UploadRejection } from '../../../framework/index.js';
import { openPage, recordCalls } from './support.js';

describe('ui.upload', () => {
  it('is a QUploader that posts to this tab and element with its secret, limits shown in the tab', async () => {
    const user = await openPage(() => ui.upload({ label: 'Photos', accept: 'image/*', multiple: true, autoUpload: true, maxFileSize: 1000 }));
    const shown = user.find('Photos');
    const { client } = user;
    expect(shown.spec.tag).toBe('q-uploader');
    expect(shown.spec.p).toMatchObject({
      url: `/_ui/upload/${client.id}/${shown.id}`,
      headers: [{ name: 'X-Kite-Token', value: client.token }],
      accept: 'image/*',
      multiple: true,
      autoUpload: true,
      batch: true,
      maxFileSize: 1000,
      maxFiles: 10,
      maxTotalSize: 25 * 1024 * 1024,
    });
  });

  it('empties its list in the tab on reset()', async () => {
    let uploader!: Upload;
    const user = await openPage(() => {
      uploader = ui.upload({ label: 'Files' });
      ui.button('Start over', () => uploader.reset());
    });
    const recorded = recordCalls();
    await user.find('Start over').click().finally(recorded.stop);
    expect(recorded.calls).toEqual([['c', 'method', { id: uploader.id, name: 'reset', args: [] }]]);
  });

  it('lets a single-file uploader take one file after another (the tab counts no files or total)', async () => {
    const user = await openPage(() => ui.upload({ label: 'One', maxFileSize: 1000 }));
    const shown = user.find('One');
    expect([shown.prop('maxFileSize'), shown.prop('maxFiles'), shown.prop('maxTotalSize')]).toEqual([1000, undefined, undefined]);
    expect(await shown.upload({ name: 'a', content: 'x' })).toMatchObject({ status: 200 });
    expect(await shown.upload({ name: 'b', content: 'y' })).toMatchObject({ status: 200 });
    expect(await shown.upload({ name: 'a', content: 'x' }, { name: 'b', content: 'y' })).toMatchObject({ status: 413, body: { reason: 'max-files' } });
  });

  it('hands each file to onUpload as it streams, inside the page, so the callback can show it', async () => {
    const user = await openPage(() =>
      ui.upload({
        label: 'Notes',
        multiple: true,
        onUpload: async (file) => {
          const text = await file.text();
          ui.label(`${file.name} (${file.type}, ${file.size} bytes): ${text}`);
        },
      }),
    );
    const outcome = await user.find('Notes').upload(
      { name: 'a.txt', type: 'text/plain', content: 'hello' },
      { name: 'b.txt', type: 'text/plain', content: 'world!' },
    );
    expect(outcome).toEqual({ status: 200, body: { files: [{ name: 'a.txt', size: 5 }, { name: 'b.txt', size: 6 }] } });
    await user.should.see('a.txt (text/plain, 5 bytes): hello');
    await user.should.see('b.txt (text/plain, 6 bytes): world!');
  });

  it('lets a callback pipe the stream to disk, and drains what a callback leaves unread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kite-upload-'));
    const names: string[] = [];
    const content = Buffer.alloc(200_000, 7);
    const user = await openPage(() =>
      ui.upload({ label: 'Files', multiple: true }).onUpload(async (file) => {
        names.push(file.name);
        if (file.name === 'keep.bin') await pipeline(file.stream, createWriteStream(join(dir, file.name)));
      }),
    );
    const outcome = await user.find('Files').upload({ name: 'ignored.bin', content }, { name: '../../keep.bin', content });
    expect(outcome.status).toBe(200);
    expect(names).toEqual(['ignored.bin', 'keep.bin']);
    expect(readFileSync(join(dir, 'keep.bin')).equals(content)).toBe(true);
  });

  it('stops a file larger than maxFileSize: the callback never gets it whole, the person is told why', async () => {
    const seen: string[] = [];
    const user = await openPage(() =>
      ui.upload({ label: 'Small', maxFileSize: 50_000 }).onUpload(async (file: UploadedFile) => {
        try {
          seen.push(`complete ${(await file.bytes()).length}`);
        } catch (error) {
          seen.push(`failed: ${(error as Error).message}`);
        }
      }),
    );
    const outcome = await user.find('Small').upload({ name: 'big.bin', content: Buffer.alloc(200_000) });
    expect(outcome).toEqual({ status: 413, body: { error: '"big.bin" is larger than 48.8 KB', reason: 'max-file-size' } });
    expect(seen).toEqual(['failed: "big.bin" is larger than 48.8 KB']);
    await user.should.seeNotification('"big.bin" is larger than 48.8 KB');
    expect(user.logger.lines).toEqual([]);
  });

  it('does not call back at all for a file refused before any of it was handed over', async () => {
    let calls = 0;
    const user = await openPage(() => ui.upload({ label: 'Tiny', maxFileSize: 10, onUpload: () => calls++ }));
    expect(await user.find('Tiny').upload({ name: 'a.bin', content: Buffer.alloc(11) })).toMatchObject({ status: 413 });
    expect(calls).toBe(0);
    expect(await user.find('Tiny').upload({ name: 'a.bin', content: Buffer.alloc(10) })).toMatchObject({ status: 200 });
    expect(calls).toBe(1);
  });

  it('refuses more files than maxFiles, and more bytes than maxTotalSize', async () => {
    const user = await openPage(() => ui.upload({ label: 'Two', multiple: true, maxFiles: 2, maxTotalSize: 10 }));
    const file = (name: string) => ({ name, content: 'abcd' });
    expect((await user.find('Two').upload(file('1'), file('2'), file('3'))).status).toBe(413);
    await user.should.seeNotification('At most 2 files can be uploaded at once');
    expect(await user.find('Two').upload(file('1'), { name: '2', content: 'abcdefg' })).toMatchObject({ status: 413, body: { reason: 'max-total-size' } });
    await user.should.seeNotification('The files together are larger than 10 bytes');
  });

  it('checks accept again on the server: a file the tab should have refused is refused', async () => {
    let received = 0;
    const user = await openPage(() => ui.upload({ label: 'CSV', accept: '.csv, text/csv', onUpload: () => received++ }));
    expect(await user.find('CSV').upload({ name: 'x.exe', type: 'application/x-msdownload', content: 'MZ' })).toMatchObject({ status: 415 });
    expect(await user.find('CSV').upload({ name: 'data.CSV', content: 'a,b' })).toMatchObject({ status: 200 });
    expect(received).toBe(1);
    await user.should.seeNotification('"x.exe" is not an accepted type (.csv, text/csv)');
  });

  it('reports refusals from the tab to onRejected instead of notifying', async () => {
    const rejections: UploadRejection[] = [];
    const user = await openPage(() => ui.upload({ label: 'Up', maxFileSize: 100, onRejected: (r) => rejections.push(r) }));
    await user.find('Up').trigger('rejected', [{ failedPropValidation: 'max-file-size', file: { name: 'big.png', size: 500, type: 'image/png' } }]);
    expect(rejections).toEqual([
      { reason: 'max-file-size', message: '"big.png" is larger than 100 bytes', file: { name: 'big.png', size: 500, type: 'image/png' } },
    ]);
    expect(user.notifications).toEqual([]);
  });

  it('reports a failing callback through the error boundary and tells the person the file was not taken', async () => {
    const user = await openPage(() =>
      ui.upload({ label: 'Broken' }).onUpload(() => {
        throw new Error('disk full');
      }),
    );
    expect(await user.find('Broken').upload({ name: 'a.txt', content: 'x' })).toMatchObject({ status: 500, body: { reason: 'failed' } });
    await user.should.seeNotification('Error: disk full');
    await user.should.seeNotification('"a.txt" could not be uploaded');
    expect(user.logger.lines.join('\n')).toMatch(/error in upload handler of <q-uploader>.*disk full/s);
  });

  it('cannot be used while disabled, and refuses nonsense limits', async () => {
    const errors: unknown[] = [];
    const user = await openPage(() => {
      ui.upload({ label: 'Off', disable: true });
      try {
        ui.upload({ maxFileSize: -1 });
      } catch (error) {
        errors.push(error);
      }
    });
    await expect(user.find('Off').upload({ name: 'a', content: 'x' })).rejects.toThrow(/disabled/);
    expect(errors.map((e) => e instanceof KiteError)).toEqual([true]);
    expect(user.findAll({ kind: Upload })).toHaveLength(1);
  });
});
