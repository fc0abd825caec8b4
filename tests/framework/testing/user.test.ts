import { describe, expect, it } from 'vitest';
import { PageRegistry, ui } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';

function counterPages(): PageRegistry {
  const pages = new PageRegistry();
  pages.add('/', () => {
    let count = 0;
    const label = ui.label('0').classes('count');
    ui.button('Increment', () => (label.text = String(++count)));
  });
  pages.add('/guarded', () => ui.label('secret'), { guard: () => '/' });
  pages.add('/async', async () => {
    await new Promise((r) => setTimeout(r, 5));
    ui.card(async () => {
      await new Promise((r) => setTimeout(r, 5));
      ui.label('late');
    });
  });
  return pages;
}

describe('simulated user', () => {
  it('clicks a button and sees the label change through real frames', async () => {
    const user = new SimulatedUser({ pages: counterPages() });
    await user.open('/');
    await user.find('Increment').click();
    await user.find('Increment').click();
    await user.should.see('2');
    expect(user.find({ text: '2' }).classes).toContain('count');
  });

  it('follows a guard redirect', async () => {
    const user = new SimulatedUser({ pages: counterPages() });
    await user.open('/guarded');
    expect(user.location).toBe('/');
    await user.should.notSee('secret');
  });

  it('keeps the parent across awaits in async builders', async () => {
    const user = new SimulatedUser({ pages: counterPages() });
    await user.open('/async');
    await user.should.see('late');
    const late = user.find('late').element;
    expect(late.parent?.tag).toBe('q-card');
  });
});

describe('simulated user reading the page', () => {
  it('reads the text of html and markdown elements', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => ui.markdown('# Title\n\nSome *emphasis* here'));
    const user = new SimulatedUser({ pages });
    await user.open('/');
    await user.should.see('Some emphasis here');
  });

  it('does not wait for a dialog a page function returns', async () => {
    const pages = new PageRegistry();
    pages.add('/', () => ui.dialog(() => ui.label('inside')));
    const user = new SimulatedUser({ pages });
    await user.open('/');
    expect(user.location).toBe('/');
  });
});

describe('calls made while a page is built', () => {
  it('reach the tab once it has the page', async () => {
    const pages = new PageRegistry();
    pages.add('/', async () => {
      ui.label('welcome');
      ui.notify('Welcome back');
      await new Promise((r) => setTimeout(r, 5));
      ui.notify('After an await');
    });
    const user = new SimulatedUser({ pages });
    await user.open('/');
    await user.should.seeNotification('After an await');
    expect(user.notifications.map((n) => n.message)).toEqual(['Welcome back', 'After an await']);
  });
});
