import { describe, expect, it } from 'vitest';
import { PageRegistry, ui, type Timer } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ui.timer', () => {
  it('updates the page on every tick', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => {
      let ticks = 0;
      const label = ui.label('ticks 0');
      ui.timer(5, () => (label.text = `ticks ${++ticks}`));
    });
    const user = new SimulatedUser({ pages });
    await user.open('/');
    await user.should.see('ticks 3');
    user.close();
  });

  it('runs once when asked, and can be paused and resumed', async () => {
    const pages = new PageRegistry();
    let once = 0;
    let repeated = 0;
    let timer!: Timer;
    pages.add('/', () => {
      ui.timer(5, () => once++, { once: true });
      timer = ui.timer(5, () => repeated++, { active: false });
    });
    const user = new SimulatedUser({ pages });
    await user.open('/');
    await wait(40);
    expect(once).toBe(1);
    expect(repeated).toBe(0);
    timer.active = true;
    await wait(40);
    expect(repeated).toBeGreaterThan(0);
    user.close();
  });

  it('stops with the element it was created in', async () => {
    const pages = new PageRegistry();
    let ticks = 0;
    let card!: ReturnType<typeof ui.card>;
    pages.add('/', () => {
      card = ui.card(() => ui.timer(2, () => ticks++));
    });
    const user = new SimulatedUser({ pages });
    await user.open('/');
    await wait(20);
    card.delete();
    const stopped = ticks;
    await wait(30);
    expect(ticks).toBe(stopped);
    user.close();
  });

  it('reports a failing callback and keeps ticking', async () => {
    const pages = new PageRegistry();
    let ticks = 0;
    pages.add('/', () =>
      ui.timer(5, () => {
        ticks++;
        throw new Error('tick failed');
      }),
    );
    const user = new SimulatedUser({ pages });
    await user.open('/');
    await wait(40);
    expect(ticks).toBeGreaterThan(1);
    expect(user.logger.lines.join('\n')).toContain('tick failed');
    expect(user.notifications.some((n) => n.message === 'Error: tick failed')).toBe(true);
    user.close();
  });
});
