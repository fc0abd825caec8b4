import { describe, expect, it } from 'vitest';
import { Input, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.input', () => {
  it('passes typed text to the server and shows validation messages', async () => {
    const seen: string[] = [];
    const user = await openPage(() =>
      ui.input({ label: 'Email', validation: (v) => (v.includes('@') ? null : 'Not an email'), onChange: (e) => seen.push(e.value) }),
    );
    await user.find('Email').type('ann');
    await user.should.see('Not an email');
    await user.find('Email').type('@example.com');
    await user.should.notSee('Not an email');
    expect(seen).toEqual(['ann', 'ann@example.com']);
  });

  it('rejects a non-string value and shows the server value again', async () => {
    const user = await openPage(() => ui.input({ label: 'Name', value: 'Ann' }));
    const field = user.find({ kind: Input });
    await field.setValue({ forged: true });
    expect(field.element).toHaveProperty('value', 'Ann');
    expect(field.value).toBe('Ann');
  });

  it('drops typing into a disabled input', async () => {
    const user = await openPage(() => ui.input({ label: 'Locked', value: 'x', disable: true }));
    const field = user.find({ kind: Input });
    await field.setValue('changed');
    expect((field.element as Input).value).toBe('x');
    expect(user.client.dropped).toBe(1);
  });
});
