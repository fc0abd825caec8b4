import { describe, expect, it } from 'vitest';
import { PageRegistry, ui } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';

describe('ui.refreshable', () => {
  it('rebuilds its content with new arguments, leaving the rest of the page alone', async () => {
    const pages = new PageRegistry();
    const fruits = ['apple', 'banana', 'cherry'];
    pages.add('/', () => {
      const title = ui.label('Fruits');
      const list = ui.refreshable((filter: string) => {
        for (const fruit of fruits.filter((f) => f.includes(filter))) ui.label(fruit);
      });
      list('');
      ui.input({ label: 'Filter', onChange: (e) => list.refresh(e.value) });
      title.mark('title');
    });
    const user = new SimulatedUser({ pages });
    await user.open('/');
    const titleId = user.find({ marker: 'title' }).id;
    await user.find('Filter').type('an');
    await user.should.see('banana');
    await user.should.notSee('apple');
    expect(user.find({ marker: 'title' }).id).toBe(titleId);
    user.close();
  });

  it('forgets instances whose container was deleted', async () => {
    const pages = new PageRegistry();
    let builds = 0;
    const counter = ui.refreshable(() => {
      builds++;
      ui.label('x');
    });
    let card!: ReturnType<typeof ui.card>;
    pages.add('/', () => {
      card = ui.card(() => counter());
    });
    const user = new SimulatedUser({ pages });
    await user.open('/');
    card.delete();
    counter.refresh();
    expect(builds).toBe(1);
    user.close();
  });

  it('shows only the newest build when a refresh overtakes a slow async build', async () => {
    const pages = new PageRegistry();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const results = ui.refreshable(async (query: string) => {
      if (query === 'slow') await slow;
      ui.label(`results for ${query}`);
    });
    pages.add('/', () => void results('slow'));
    const user = new SimulatedUser({ pages });
    await user.open('/');
    results.refresh('fast');
    await user.should.see('results for fast');
    release();
    await slow;
    await new Promise((resolve) => setImmediate(resolve));
    await user.should.notSee('results for slow');
    expect(user.findAll('results for fast')).toHaveLength(1);
    user.close();
  });
});
