import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick, ref } from 'vue';
import KColors, { colorNames, customColorRules } from '../../../client-runtime/components/KColors.js';
import { mountToy } from '../toy-renderer.js';

describe('colour rules', () => {
  it("adds text and background classes for custom colours only (Quasar's own have theirs)", () => {
    expect(customColorRules(['primary', 'dark-page', 'brand'])).toBe(
      '.text-brand{color:var(--q-brand)!important}.bg-brand{background:var(--q-brand)!important}',
    );
  });

  it('never turns an odd name into CSS', () => {
    expect(colorNames({ primary: '#fff', 'x}body{display:none': '#fff', Brand: '#fff', n: 5 })).toEqual(['primary']);
    expect(customColorRules(['x}body{display:none', 'a b'])).toBe('');
  });
});

describe('k-colors', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sets the colours as custom properties on the root element, updates and removes them', async () => {
    const style = new Map<string, string>();
    const sheets: { rules: string }[] = [];
    vi.stubGlobal('document', {
      documentElement: { style: { setProperty: (k: string, v: string) => style.set(k, v), removeProperty: (k: string) => style.delete(k) } },
      adoptedStyleSheets: [],
    });
    vi.stubGlobal(
      'CSSStyleSheet',
      class {
        rules = '';
        constructor() {
          sheets.push(this);
        }
        replaceSync(rules: string) {
          this.rules = rules;
        }
      },
    );
    const colors = ref<Record<string, string>>({ primary: '#6e3cbc', brand: '#ff7f50' });
    const shown = ref(true);
    mountToy({ render: () => (shown.value ? h(KColors, { colors: colors.value }) : null) }, () => {});
    expect(Object.fromEntries(style)).toEqual({ '--q-primary': '#6e3cbc', '--q-brand': '#ff7f50' });
    expect(sheets.map((s) => s.rules)).toEqual([expect.stringContaining('.text-brand')]);
    colors.value = { primary: '#2e7d32' };
    await nextTick();
    expect(Object.fromEntries(style)).toEqual({ '--q-primary': '#2e7d32' });
    expect(sheets[0]!.rules).toBe('');
    shown.value = false;
    await nextTick();
    expect(style.size).toBe(0);
    expect((document as unknown as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets).toEqual([]);
  });
});
