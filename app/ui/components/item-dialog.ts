import { ui } from '../../../framework/index.js';
import { ItemCreate, ItemUpdate, type ItemPublic } from '../../models/items.js';
import type { UiDeps } from '../deps.js';
import { validateForm } from '../forms.js';
import { act } from '../session.js';
import { modal } from './modal.js';

/**
 * `Create New Item` (no item) or `Modify Item`: Title and Description, checked with the API's own
 * schemas; problems show under the fields and the dialog stays open with what was typed.
 */
export function itemDialog(deps: UiDeps, item?: ItemPublic): Promise<ItemPublic | undefined> {
  return modal<ItemPublic>((dialog) =>
    ui.card(() => {
      ui.cardSection(() => ui.label(item ? 'Modify Item' : 'Create New Item').classes('text-h6'));
      ui.cardSection(() => {
        const title = ui.input({ label: 'Title', value: item?.title ?? '', autofocus: true, onEnter: save });
        const description = ui.input({ label: 'Description', value: item?.description ?? '', onEnter: save });
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
    }).style({ width: '420px', 'max-width': '92vw' }),
  );
}

