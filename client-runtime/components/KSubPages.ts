import { defineComponent, h, onBeforeUnmount, watch } from 'vue';

interface LocationLike {
  href: string;
  pathname: string;
  search: string;
}

/** The path and query of `url` resolved against the page, or undefined when it leaves the page's origin. */
export function localPath(url: string, base: string): string | undefined {
  try {
    const resolved = new URL(url, base);
    return resolved.origin === new URL(base).origin ? resolved.pathname + resolved.search : undefined;
  } catch {
    return undefined;
  }
}

/** Where the tab is: the path and query the server's `url` is compared with. */
export const here = (location: LocationLike): string => location.pathname + location.search;

/**
 * `k-sub-pages`: keeps the browser's location in step with the sub page the server shows. When
 * the server shows another one (`url` changes) it pushes a history entry; when the user goes back
 * or forward (popstate) it reports the new location as a `navigate` event, and the server
 * rebuilds the content. Renders its content in a `div`.
 */
export default defineComponent({
  name: 'KSubPages',
  props: {
    url: { type: String, required: true },
  },
  emits: ['navigate'],
  setup(props, { emit, slots }) {
    const follow = (push: boolean): void => {
      const target = localPath(props.url, location.href);
      if (target === undefined) return console.warn(`kite: refusing to show ${JSON.stringify(props.url)} as this page's location`);
      if (target === here(location)) return;
      if (push) history.pushState(null, '', target);
      else history.replaceState(history.state, '', target);
    };
    const onPopState = (): void => {
      if (here(location) !== localPath(props.url, location.href)) emit('navigate', here(location));
    };
    // At first the location is the one the page was opened at: only a different spelling is corrected.
    follow(false);
    watch(() => props.url, () => follow(true));
    addEventListener('popstate', onPopState);
    onBeforeUnmount(() => removeEventListener('popstate', onPopState));
    return () => h('div', slots.default?.());
  },
});
