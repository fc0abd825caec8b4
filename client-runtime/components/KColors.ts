import { defineComponent, onBeforeUnmount, watch, type PropType } from 'vue';

/** Quasar's own brand colours: its stylesheet already has their `text-*` and `bg-*` classes. */
const BRAND = new Set(['primary', 'secondary', 'accent', 'dark', 'dark-page', 'positive', 'negative', 'info', 'warning']);
/** The server sends only such names; checked again because they become CSS. */
const NAME = /^[a-z][a-z0-9-]{0,63}$/;

/** The names that may be used in CSS, in order. */
export function colorNames(colors: Record<string, unknown>): string[] {
  return Object.keys(colors).filter((name) => NAME.test(name) && typeof colors[name] === 'string');
}

/**
 * Quasar's `text-*` and `bg-*` classes for custom brand colours, as Quasar defines its own. The
 * rules hold only names and `var()` references: colour values stay in the custom properties.
 */
export function customColorRules(names: readonly string[]): string {
  return names
    .filter((name) => !BRAND.has(name) && NAME.test(name))
    .map((name) => `.text-${name}{color:var(--q-${name})!important}.bg-${name}{background:var(--q-${name})!important}`)
    .join('\n');
}

/**
 * `k-colors`: sets the brand colours as `--q-<name>` custom properties on the document's root
 * element (which overrides Quasar's `:root` defaults) and adds classes for custom ones; removes
 * them again when unmounted. Renders nothing.
 */
export default defineComponent({
  name: 'KColors',
  props: {
    colors: { type: Object as PropType<Record<string, string>>, default: () => ({}) },
  },
  setup(props) {
    const style = document.documentElement.style;
    let applied: string[] = [];
    let sheet: CSSStyleSheet | undefined;

    const setRules = (rules: string): void => {
      if (!rules && !sheet) return;
      if (!sheet) {
        sheet = new CSSStyleSheet();
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      sheet.replaceSync(rules);
    };

    const apply = (colors: Record<string, string>): void => {
      const names = colorNames(colors);
      for (const name of applied) if (!names.includes(name)) style.removeProperty(`--q-${name}`);
      for (const name of names) style.setProperty(`--q-${name}`, colors[name]!);
      applied = names;
      setRules(customColorRules(names));
    };

    watch(() => props.colors, apply, { immediate: true });
    onBeforeUnmount(() => {
      apply({});
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
    return () => null;
  },
});
