import { tabState, ui } from '../../../framework/index.js';
import { ItemCreate, ItemUpdate, type ItemPublic } from '../../models/items.js';
import type { UiDeps } from '../deps.js';
import { validateForm } from '../forms.js';
import { act, lookUp, signedInUser } from '../session.js';
import { forgetOnClose, modal, resumeDialog } from './modal.js';

/** The dialog as this tab left it: open or not, for which item (none: a new one), what was typed. */
const CLOSED = { open: false, item: null as string | null, title: '', description: '' };

/** Per signed-in user: whoever signs in next in this tab finds none of it. */
const draftOf = () => tabState(`item-dialog.${signedInUser().id}`, CLOSED);

/**
 * `Create New Item` (no item) or `Modify Item`: Title and Description, checked with the API's own
 * schemas; problems show under the fields and the dialog stays open with what was typed. While
 * open it lives in tab state: a reload or a restart brings it back (`resumeItemDialog`).
 */
export function itemDialog(deps: UiDeps, item?: ItemPublic): Promise<ItemPublic | undefined> {
  Object.assign(draftOf(), { open: true, item: item?.id ?? null, title: item?.title ?? '', description: item?.description ?? '' });
  return showDialog(deps, item);
}

/**
 * Opens the dialog again if this tab had it open (after a reload or a restart), with what was
 * typed; `saved` runs once it is saved. An item deleted (or no longer allowed) meanwhile is let go.
 */
export function resumeItemDialog(deps: UiDeps, saved: () => unknown): Promise<void> {
  const draft = draftOf();
  const id = draft.item;
  const find = () => (id === null ? Promise.resolve(undefined) : lookUp(deps, (actor) => deps.services.items.get(actor, id)));
  return resumeDialog(draft, CLOSED, find, (record) => showDialog(deps, record), saved);
}

function showDialog(deps: UiDeps, item: ItemPublic | undefined): Promise<ItemPublic | undefined> {
  const draft = draftOf();
  return modal<ItemPublic>((dialog) => {
    forgetOnClose(dialog, draft, CLOSED);
    ui.card(() => {
      ui.cardSection(() => ui.label(item ? 'Modify Item' : 'Create New Item').classes('text-h6'));
      ui.cardSection(() => {
        const title = ui.input({ label: 'Title', autofocus: true, onEnter: save }).bindValue(draft, 'title');
        const description = ui.input({ label: 'Description', onEnter: save }).bindValue(draft, 'description');
        const fields = { title, description };

        const create = async (values: unknown) => {
          const data = validateForm(ItemCreate, values, fields);
          return data && act(deps, (actor) => deps.services.items.create(actor, data));
        };
        const update = async (current: ItemPublic, values: unknown) => {
          const data = validateForm(ItemUpdate, values, fields);
          return data && act(deps, (actor) => deps.services.items.update(actor, current.id, data));
        };

        async function save(): Promise<void> {
          const values = { title: title.value.trim(), description: description.value.trim() || null };
          const saved = item ? await update(item, values) : await create(values);
          if (!saved) return;
          ui.notify(item ? 'Item updated successfully.' : 'Item created successfully!', { type: 'positive' });
          dialog.submit(saved);
        }

        ui.cardActions({ align: 'right' }, () => {
          ui.button('Cancel', { flat: true, onClick: () => dialog.close() });
          ui.button(item ? 'Save' : 'Create', { color: 'primary', onClick: save });
        });
      }).classes('column q-gutter-sm');
    }).style({ width: '420px', 'max-width': '92vw' });
  });
}
