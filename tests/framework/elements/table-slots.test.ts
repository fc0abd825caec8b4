import { describe, expect, it } from 'vitest';
import { Table, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

interface Item extends Record<string, unknown> {
  id: number;
  name: string;
}

function itemsPage(edited: string[], tables: Table<Item>[]): () => void {
  return () => {
    const table = ui.table<Item>({
      rows: [{ id: 1, name: 'Ann' }, { id: 2, name: 'Bob' }],
      columns: [{ name: 'name' }, { name: 'actions', label: '' }],
      title: 'Items',
    });
    table.addSlot('body-cell-actions', (row) => {
      ui.button('Edit', () => edited.push(row.name)).mark(`edit-${row.id}`);
    });
    tables.push(table);
    ui.button('Replace rows', () => (table.rows = [{ id: 2, name: 'Bob' }, { id: 3, name: 'Cy' }]));
    ui.button('Rename Bob', () => (table.rows = [{ id: 2, name: 'Bobby' }, { id: 3, name: 'Cy' }]));
  };
}

describe('table row slots', () => {
  it('builds one cell per row, keyed by the row key, whose buttons call that row’s callback', async () => {
    const edited: string[] = [];
    const tables: Table<Item>[] = [];
    const user = await openPage(itemsPage(edited, tables));
    const table = user.find('Items');
    expect(table.spec.ss).toEqual(['body-cell-actions']);
    const cells = table.spec.ch!['body-cell-actions']!.map((id) => user.tree.elements.get(id)!);
    expect(cells.map((c) => [c.tag, c.k, c.sp])).toEqual([
      ['q-td', '1', 'props'],
      ['q-td', '2', 'props'],
    ]);
    await user.find({ marker: 'edit-2' }).click();
    await user.find({ marker: 'edit-1' }).click();
    expect(edited).toEqual(['Bob', 'Ann']);
  });

  it('follows row changes: gone rows lose their cells, unchanged rows keep them, new and changed rows get new ones', async () => {
    const edited: string[] = [];
    const tables: Table<Item>[] = [];
    const user = await openPage(itemsPage(edited, tables));
    const bobCell = tables[0]!.slotCell('body-cell-actions', '2')!;

    await user.find('Replace rows').click();
    await user.should.notSee({ marker: 'edit-1' });
    expect(tables[0]!.slotCell('body-cell-actions', '2')).toBe(bobCell);
    expect(user.tree.elements.has(bobCell.id)).toBe(true);
    await user.find({ marker: 'edit-3' }).click();
    expect(edited).toEqual(['Cy']);

    await user.find('Rename Bob').click();
    const renamed = tables[0]!.slotCell('body-cell-actions', '2')!;
    expect(renamed).not.toBe(bobCell);
    expect(user.tree.elements.has(bobCell.id)).toBe(false);
    await user.find({ marker: 'edit-2' }).click();
    expect(edited).toEqual(['Cy', 'Bobby']);
    expect(user.find('Items').spec.ch!['body-cell-actions']).toHaveLength(2);
  });

  it('rebuilds a row whose object was changed in place and assigned again', async () => {
    const edited: string[] = [];
    const tables: Table<Item>[] = [];
    const user = await openPage(itemsPage(edited, tables));
    const table = tables[0]!;
    (table.rows[0] as Item).name = 'Anna';
    table.rows = table.rows;
    await user.settle();
    await user.find({ marker: 'edit-1' }).click();
    expect(edited).toEqual(['Anna']);
  });

  it('uses a row element for the body slot, and removing a slot deletes its cells', async () => {
    let table!: Table<{ id: string }>;
    const user = await openPage(() => {
      table = ui.table({ rows: [{ id: 'a' }, { id: 'b' }], title: 'Rows' });
      table.addSlot('body', (row) => ui.label(`row ${String(row.id)}`));
    });
    const shown = user.find('Rows');
    expect(shown.spec.ch!.body!.map((id) => user.tree.elements.get(id)!.tag)).toEqual(['q-tr', 'q-tr']);
    await user.should.see('row b');
    table.removeSlot('body');
    await user.should.notSee('row b');
    expect(shown.spec.ss).toEqual([]);
  });
});
