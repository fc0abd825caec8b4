import { describe, expect, it } from 'vitest';
import { Tree, ui, type TreeKey } from '../../../framework/index.js';
import { openPage } from './support.js';

const NODES = [
  { id: 'fruit', label: 'Fruit', children: [{ id: 'apple', label: 'Apple' }, { id: 'pear', label: 'Pear' }] },
  { id: 'veg', label: 'Vegetables', children: [{ id: 'leek', label: 'Leek' }] },
];

describe('ui.tree', () => {
  it('keeps the selection, expanded and ticked nodes in sync with the tab and reports changes', async () => {
    const events: string[] = [];
    const user = await openPage(() =>
      ui.tree(NODES, {
        tickStrategy: 'leaf',
        onSelect: (e) => events.push(`select ${e.value}`),
        onExpand: (e) => events.push(`expand ${e.value.join()}`),
        onTick: (e) => events.push(`tick ${e.value.join()} ${e.fromUser}`),
      }),
    );
    const tree = user.find({ kind: Tree });
    expect([tree.spec.tag, tree.prop('nodeKey'), tree.prop('selected'), tree.prop('expanded'), tree.prop('ticked')]).toEqual(['q-tree', 'id', null, [], []]);
    await tree.trigger('update:expanded', ['fruit']);
    await tree.trigger('update:selected', 'apple');
    await tree.trigger('update:ticked', ['apple', 'leek']);
    // What the tab's QTree waits for: the props, sent back by the server.
    expect([tree.prop('expanded'), tree.prop('selected'), tree.prop('ticked')]).toEqual([['fruit'], 'apple', ['apple', 'leek']]);
    await tree.trigger('update:selected', null);
    expect(events).toEqual(['expand fruit', 'select apple', 'tick apple,leek true', 'select null']);
  });

  it('rejects keys that are not nodes of the tree', async () => {
    let handled = 0;
    const user = await openPage(() => ui.tree(NODES, { selectable: true, tickStrategy: 'strict', expanded: ['veg'], onSelect: () => handled++, onTick: () => handled++, onExpand: () => handled++ }));
    const tree = user.find({ kind: Tree });
    await tree.trigger('update:selected', 'banana');
    await tree.trigger('update:selected', { id: 'apple' });
    await tree.trigger('update:expanded', ['veg', 'secret']);
    await tree.trigger('update:expanded', 'fruit');
    await tree.trigger('update:ticked', ['apple', 7]);
    expect(handled).toBe(0);
    const server = tree.element as Tree;
    expect([server.selected, server.expanded, server.ticked]).toEqual([null, ['veg'], []]);
    expect([tree.prop('selected'), tree.prop('expanded'), tree.prop('ticked')]).toEqual([null, ['veg'], []]);
  });

  it('is driven by server code: expand all, select, and new nodes drop keys that are gone', async () => {
    let tree!: Tree;
    const expanded: TreeKey[][] = [];
    const user = await openPage(() => {
      tree = ui.tree(NODES, { selected: 'pear', onExpand: (e) => expanded.push(e.value) });
      ui.button('Open all', () => tree.expand());
      ui.button('Only veg', () => (tree.nodes = [NODES[1]!]));
    });
    const shown = user.find({ kind: Tree });
    expect(shown.prop('selected')).toBe('pear');
    await user.find('Open all').click();
    expect(shown.prop('expanded')).toEqual(['fruit', 'apple', 'pear', 'veg', 'leek']);
    await user.find('Only veg').click();
    expect([shown.prop('expanded'), shown.prop('selected'), shown.prop('nodes')]).toEqual([['veg', 'leek'], null, [NODES[1]]]);
    expect(expanded.map((e) => e.length)).toEqual([5, 2]);
    await shown.trigger('update:selected', 'pear');
    expect(tree.selected).toBeNull();
  });
});
