import { Dark } from 'quasar';
import { defineComponent, watch, type PropType } from 'vue';

/**
 * `k-dark-mode`: applies its value with Quasar's Dark plugin (installed with Quasar at boot), which
 * sets `body--dark` or `body--light` on the body and, for `'auto'`, follows `prefers-color-scheme`
 * through a media query listener. Renders nothing.
 */
export default defineComponent({
  name: 'KDarkMode',
  props: {
    modelValue: { type: [Boolean, String] as PropType<boolean | 'auto'>, default: false },
  },
  setup(props) {
    watch(
      () => props.modelValue,
      (value) => Dark.set(value === 'auto' ? 'auto' : value === true),
      { immediate: true },
    );
    return () => null;
  },
});
