import { describe, expect, it } from 'vitest';
import type { ElementSpec } from '../../../framework/protocol/messages.js';
import { colorDeclarations, themeOf } from '../../../framework/protocol/theme.js';

const dark = (v: unknown): ElementSpec => ({ id: 1, tag: 'k-dark-mode', v });
const colors = (value: Record<string, unknown>): ElementSpec => ({ id: 2, tag: 'k-colors', p: { colors: value } });

describe('themeOf', () => {
  it('is light with Quasar colours when the page sets neither', () => {
    expect(themeOf([{ id: 0, tag: 'div' }])).toEqual({ dark: false, colors: {} });
  });

  it('reads the dark mode and the brand colours the page set', () => {
    expect(themeOf([dark(true), colors({ primary: '#6e3cbc', brand: 'rgb(255, 127, 80)' })])).toEqual({
      dark: true,
      colors: { primary: '#6e3cbc', brand: 'rgb(255, 127, 80)' },
    });
    expect(themeOf([dark('auto')]).dark).toBe('auto');
    expect(themeOf([dark('yes')]).dark).toBe(false);
  });

  it('drops anything that could break out of a style attribute', () => {
    const theme = themeOf([colors({ primary: '#fff" onload="x', 'x;y': '#000', accent: 'red;background:url(//evil)', ok: '#123' })]);
    expect(theme.colors).toEqual({ ok: '#123' });
  });
});

describe('colorDeclarations', () => {
  it("writes Quasar's custom properties", () => {
    expect(colorDeclarations({ primary: '#6e3cbc', 'dark-page': '#111' })).toBe('--q-primary:#6e3cbc;--q-dark-page:#111');
    expect(colorDeclarations({})).toBe('');
  });
});
