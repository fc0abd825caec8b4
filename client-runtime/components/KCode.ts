import githubDark from 'highlight.js/styles/github-dark.min.css' with { type: 'text' };
import github from 'highlight.js/styles/github.min.css' with { type: 'text' };
import { QBtn } from 'quasar';
import { defineComponent, h, onBeforeUnmount, ref } from 'vue';
import { copyText, selectAndCopy } from './clipboard.js';
import { adoptStyles } from './styles.js';

/** How long the button says "Copied". */
const FEEDBACK_MS = 1500;

// highlight.js's GitHub theme, and its dark variant when Quasar's dark mode is on (CSS nesting).
adoptStyles(`${github}
.body--dark{${githubDark}}
.k-code{position:relative;max-width:100%}
.k-code>pre{margin:0;border:1px solid rgba(0,0,0,.12);border-radius:4px;font-size:.875em;line-height:1.5}
.body--dark .k-code>pre{border-color:rgba(255,255,255,.28)}
.k-code>pre>code.hljs{padding:12px 40px 12px 16px}
.k-code__copy{position:absolute;top:6px;right:6px;opacity:.7;background:inherit}
.k-code:hover .k-code__copy,.k-code__copy:focus-visible{opacity:1}`);

/**
 * `ui.code`: source code highlighted on the server (the `innerHTML` prop holds highlight.js's
 * sanitized spans) with a button that copies the code, i.e. the text of those spans.
 */
export default defineComponent({
  name: 'KCode',
  props: {
    innerHTML: { type: String, default: '' },
    language: { type: String, default: undefined },
  },
  setup(props) {
    const code = ref<HTMLElement | null>(null);
    const state = ref<'idle' | 'copied' | 'failed'>('idle');
    let timer: ReturnType<typeof setTimeout> | undefined;

    const copy = async (): Promise<void> => {
      const element = code.value;
      if (!element) return;
      const copied = await copyText(element.textContent ?? '', {
        clipboard: navigator.clipboard,
        copyBySelection: () => selectAndCopy(element),
      });
      state.value = copied ? 'copied' : 'failed';
      clearTimeout(timer);
      timer = setTimeout(() => (state.value = 'idle'), FEEDBACK_MS);
    };
    onBeforeUnmount(() => clearTimeout(timer));

    return () => {
      const label = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed' }[state.value];
      return h('div', { class: 'k-code' }, [
        h('pre', [h('code', { ref: code, class: ['hljs', props.language && `language-${props.language}`], innerHTML: props.innerHTML })]),
        h(QBtn, {
          class: 'k-code__copy',
          flat: true,
          dense: true,
          noCaps: true,
          size: 'sm',
          icon: state.value === 'copied' ? 'check' : 'content_copy',
          label: state.value === 'idle' ? undefined : label,
          title: label,
          'aria-label': label,
          onClick: copy,
        }),
      ]);
    };
  },
});
