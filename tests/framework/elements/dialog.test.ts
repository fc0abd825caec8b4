import { describe, expect, it } from 'vitest';
import { Dialog, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

function confirmPage(results: unknown[]): () => void {
  return () => {
    const dialog: Dialog<string> = ui.dialog(() =>
      ui.card(() => {
        ui.label('Delete the item?');
        ui.button('Yes', () => dialog.submit('yes'));
        ui.button('No', () => dialog.submit('no'));
      }),
    );
    ui.button('Remove', async () => {
      dialog.open();
      results.push(await dialog);
    });
  };
}

describe('ui.dialog', () => {
  it('resolves the awaiting handler with the submitted answer and closes', async () => {
    const results: unknown[] = [];
    const user = await openPage(confirmPage(results));
    const dialog = user.find({ kind: Dialog });
    expect([dialog.spec.tag, dialog.value]).toEqual(['q-dialog', false]);
    await user.find('Remove').click();
    expect(dialog.value).toBe(true);
    await user.find('Yes').click();
    expect(results).toEqual(['yes']);
    expect(dialog.value).toBe(false);
  });

  it('resolves with undefined when the user dismisses it, and can be awaited again', async () => {
    const results: unknown[] = [];
    const user = await openPage(confirmPage(results));
    const dialog = user.find({ kind: Dialog });
    await user.find('Remove').click();
    await dialog.setValue(false); // Esc or a click on the backdrop
    expect(results).toEqual([undefined]);
    await user.find('Remove').click();
    await user.find('No').click();
    expect(results).toEqual([undefined, 'no']);
  });

  it('resolves with undefined when closed by server code or deleted', async () => {
    const results: unknown[] = [];
    let dialog!: Dialog;
    await openPage(() => {
      dialog = ui.dialog({ value: true }, () => ui.label('Busy'));
    });
    const first = dialog.then((r) => results.push(r));
    dialog.close();
    await first;
    const second = dialog.then((r) => results.push(r));
    dialog.delete();
    await second;
    expect(results).toEqual([undefined, undefined]);
  });

  it('ignores non-boolean values from the tab', async () => {
    const user = await openPage(() => ui.dialog({ value: true, persistent: true }));
    const dialog = user.find({ kind: Dialog });
    expect(dialog.prop('persistent')).toBe(true);
    await dialog.setValue('closed');
    expect((dialog.element as Dialog).value).toBe(true);
    expect(dialog.value).toBe(true);
  });
});
