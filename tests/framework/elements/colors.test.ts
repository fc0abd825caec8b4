import { describe, expect, it } from 'vitest';
import { Colors, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.colors', () => {
  it("sets the page's brand colours and changes them later", async () => {
    let colors!: Colors;
    const user = await openPage(() => {
      colors = ui.colors({ primary: '#6e3cbc', darkPage: '#121212', brand: 'rgb(255, 127, 80)' });
      ui.button('Green', () => colors.set({ primary: '#2e7d32', brand: undefined }));
    });
    const element = user.find({ kind: Colors });
    expect([element.spec.tag, element.prop('colors')]).toEqual([
      'k-colors',
      { primary: '#6e3cbc', 'dark-page': '#121212', brand: 'rgb(255, 127, 80)' },
    ]);
    await user.find('Green').click();
    expect(element.prop('colors')).toEqual({ primary: '#2e7d32', 'dark-page': '#121212' });
  });

  it('refuses anything but colour names and colour values, so nothing can be injected into CSS', async () => {
    const attempts: Record<string, string>[] = [
      { primary: 'red;background:url(https://evil.example/x)' },
      { primary: 'var(--x)' },
      { primary: '#12345' },
      { primary: 'expression(alert(1))' },
      { 'x}body{display:none': '#fff' },
      { 'Primary': '#fff' },
      { 'brand-x': '#fff' },
    ];
    for (const attempt of attempts) await expect(openPage(() => ui.colors(attempt))).rejects.toThrow(/ui\.colors/);
    let colors!: Colors;
    const user = await openPage(() => (colors = ui.colors({ primary: '#123456' })));
    expect(() => colors.set({ accent: '</style>' })).toThrow(/not a colour/);
    expect(user.find({ kind: Colors }).prop('colors')).toEqual({ primary: '#123456' });
  });
});
