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
