import { describe, expect, it } from 'vitest';
import { PageRegistry, storage, ui } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';

/** A sign-up form as a page author writes it, with nothing done for restarts. */
function signUpPages(): PageRegistry {
  const pages = new PageRegistry();
  pages.add('/signup', () => {
    const email = ui.input({ label: 'Email' });
    const problem = ui.label('');
    email.onChange(({ value }) => (problem.text = String(value).includes('@') ? '' : 'Not an e-mail address'));
    const company = ui.checkbox('I sign up for a company');
    // Appears only once the box is ticked: its value is recovered after the box's.
    ui.card(() => {
      company.onChange(({ value }) => value && ui.input({ label: 'Company name' }));
    });
    const frozen = ui.input({ label: 'Coupon', value: 'WELCOME' });
    frozen.enabled = false;
    const counter = ui.label('0');
    ui.button('Count', () => (counter.text = String(Number(counter.text) + 1)));
  });
  pages.add('/private', () => ui.input({ label: 'Secret' }), { guard: () => (storage.user.signedIn ? undefined : '/login') });
  pages.add('/login', () => ui.label('Please sign in'));
  pages.add('/tab', async ({ client }) => {
    await client.whenConnected();
    ui.label(`draft: ${String(storage.tab.draft ?? 'none')}`);
  });
  return pages;
}

describe('re-mounting a tab the server forgot', () => {
  it('builds the page again with what the user typed, running change handlers as if typed', async () => {
    const user = new SimulatedUser({ pages: signUpPages() });
    await user.open('/signup');
    await user.find({ text: 'Email', tag: 'q-input' }).type('not-an-address');
    await user.should.see('Not an e-mail address');
    const before = user.client;
    await user.remount();
    expect(user.client).not.toBe(before);
    expect(before.deleted).toBe(true);
    expect(user.find({ text: 'Email', tag: 'q-input' }).value).toBe('not-an-address');
    await user.should.see('Not an e-mail address');
  });

  it('recovers a value whose element appears only after another recovered value', async () => {
    const user = new SimulatedUser({ pages: signUpPages() });
    await user.open('/signup');
    await user.find('I sign up for a company').click();
    await user.find({ text: 'Company name', tag: 'q-input' }).type('ACME');
    await user.remount();
    expect(user.find('I sign up for a company').value).toBe(true);
    expect(user.find({ text: 'Company name', tag: 'q-input' }).value).toBe('ACME');
  });

  it('never writes a value the user could not have typed: a disabled input keeps the server\'s', async () => {
    const user = new SimulatedUser({ pages: signUpPages() });
    await user.open('/signup');
    const coupon = user.tree.elements.get(user.find({ text: 'Coupon', tag: 'q-input' }).id)!;
    coupon.v = 'FREE-FOREVER'; // a tampered tab
    await user.remount();
    expect(user.find({ text: 'Coupon', tag: 'q-input' }).value).toBe('WELCOME');
  });

  it('keeps only values: state held in page variables starts again, and the page works', async () => {
    const user = new SimulatedUser({ pages: signUpPages() });
    await user.open('/signup');
    await user.find('Count').click();
    await user.should.see('1');
    await user.remount();
    await user.should.see('0');
    await user.find('Count').click();
    await user.should.see('1');
  });

  it('follows the guard of the rebuilt page, like a navigation', async () => {
    const user = new SimulatedUser({ pages: signUpPages() });
    await user.open('/login');
    user.location = '/private';
    await user.remount();
    expect(user.location).toBe('/login');
    await user.should.see('Please sign in');
  });

  it('gives the rebuilt page its tab: code waiting for the tab runs on with storage.tab', async () => {
    const user = new SimulatedUser({ pages: signUpPages(), tabId: 'a'.repeat(32) });
    await user.open('/tab');
    await user.should.see('draft: none');
    user.client.build(() => (storage.tab.draft = 'kept'));
    await user.remount();
    await user.should.see('draft: kept');
  });
});
