import { currentClient, ui } from '../../../framework/index.js';

type Dialog<R> = ReturnType<typeof ui.dialog<R>>;

/**
 * Opens a dialog built by `build` at the page's top level (not inside the row or button that
 * opened it, which a live refresh may replace), waits for its result, then removes it.
 */
export async function modal<R>(build: (dialog: Dialog<R>) => void): Promise<R | undefined> {
  const client = currentClient('modal');
  const dialog = client.content.within(() => ui.dialog<R>());
  dialog.within(() => build(dialog));
  dialog.open();
  try {
    return await dialog;
  } finally {
    dialog.delete();
  }
}

/**
 * Puts `draft` (a dialog's tab state) back to `closed` when the dialog is closed by the user or a
 * save, and not when its page goes away: a reload or a restart finds it as it was.
 */
export function forgetOnClose<D extends object>(dialog: Dialog<unknown>, draft: D, closed: D): void {
  dialog.onChange((e) => {
    if (!e.value) Object.assign(draft, closed);
  });
}

/**
 * Opens a record's dialog again if this tab had it open (after a reload or a restart), with what
 * was typed: `find` looks the record up again (`null`: deleted or no longer allowed, and the
 * dialog is let go; `undefined` for a dialog of a new record), `show` opens it, and `saved` runs
 * once it is saved.
 */
export async function resumeDialog<R, D extends { open: boolean }>(
  draft: D,
  closed: D,
  find: () => Promise<R | null | undefined>,
  show: (record: R | undefined) => Promise<unknown>,
  saved: () => unknown,
): Promise<void> {
  if (!draft.open) return;
  const record = await find();
  if (record === null) return void Object.assign(draft, closed);
  currentClient('resumeDialog').runSafely(async () => (await show(record)) && saved(), { where: 'resumed dialog' });
}

/** `Are you sure ...?` with Cancel / Yes; resolves true only for Yes. */
export async function confirm(question: string): Promise<boolean> {
  const answer = await modal<boolean>((dialog) =>
    ui.card(() => {
      ui.cardSection(() => ui.label(question).classes('text-body1'));
      ui.cardActions({ align: 'right' }, () => {
        ui.button('Cancel', { flat: true, onClick: () => dialog.submit(false) });
        ui.button('Yes', { color: 'negative', onClick: () => dialog.submit(true) });
      });
    }),
  );
  return answer === true;
}
