import { defineComponent, h, onMounted, ref, shallowRef, type PropType, type VNode } from 'vue';
import { imageMouse, type Size } from './image-point.js';

type Handler = (...args: unknown[]) => void;
type Listener = Handler | Handler[];

const MOUSE_EVENTS = ['click', 'mousedown', 'mouseup', 'mousemove'] as const;
type MouseEventType = (typeof MOUSE_EVENTS)[number];
const LISTENER_PROP = { click: 'onClick', mousedown: 'onMousedown', mouseup: 'onMouseup', mousemove: 'onMousemove' } as const;

const call = (listener: Listener | undefined, arg: unknown): void => {
  for (const handler of [listener ?? []].flat()) handler(arg);
};

/**
 * `ui.interactiveImage`: an image with an SVG overlay in its natural pixels (the `content` prop,
 * sanitized on the server) and an optional crosshair. The server's listeners arrive as the
 * `onClick`, `onMousedown`, ... props: only those events are listened to, and each reaches the
 * server with the point in natural pixels.
 */
export default defineComponent({
  name: 'KInteractiveImage',
  props: {
    src: { type: String, required: true },
    content: { type: String, default: '' },
    cross: { type: [Boolean, String], default: false },
    onClick: { type: [Function, Array] as PropType<Listener>, default: undefined },
    onMousedown: { type: [Function, Array] as PropType<Listener>, default: undefined },
    onMouseup: { type: [Function, Array] as PropType<Listener>, default: undefined },
    onMousemove: { type: [Function, Array] as PropType<Listener>, default: undefined },
  },
  setup(props) {
    const image = ref<HTMLImageElement | null>(null);
    /** The natural size, known once the image has loaded. */
    const natural = shallowRef<Size | undefined>();
    /** The crosshair's point, in natural pixels. */
    const pointer = shallowRef<{ x: number; y: number } | undefined>();

    const measure = (): void => {
      const img = image.value;
      natural.value = img && img.naturalWidth > 0 ? { width: img.naturalWidth, height: img.naturalHeight } : undefined;
    };
    onMounted(() => image.value?.complete && measure());

    const point = (type: MouseEventType, event: MouseEvent) =>
      image.value && natural.value ? imageMouse(type, event, image.value.getBoundingClientRect(), natural.value) : undefined;

    const handlers = (): Record<string, Handler> => {
      const on: Record<string, Handler> = {};
      for (const type of MOUSE_EVENTS) {
        const listener = props[LISTENER_PROP[type]];
        if (!listener && !(type === 'mousemove' && props.cross)) continue;
        on[LISTENER_PROP[type]] = (event) => {
          const mouse = point(type, event as MouseEvent);
          if (!mouse) return;
          if (type === 'mousemove' && props.cross) pointer.value = { x: mouse.imageX, y: mouse.imageY };
          call(listener, mouse);
        };
      }
      if (props.cross) on.onMouseleave = () => (pointer.value = undefined);
      return on;
    };

    const crosshair = (size: Size): VNode[] => {
      const at = pointer.value;
      if (!props.cross || !at) return [];
      const line = { stroke: typeof props.cross === 'string' ? props.cross : 'black', 'stroke-width': 1, 'vector-effect': 'non-scaling-stroke' };
      return [
        h('line', { ...line, x1: at.x, y1: 0, x2: at.x, y2: size.height }),
        h('line', { ...line, x1: 0, y1: at.y, x2: size.width, y2: at.y }),
      ];
    };

    return () => {
      const size = natural.value;
      return h('div', { class: 'k-interactive-image', style: STYLE.root, ...handlers() }, [
        h('img', { ref: image, src: props.src, alt: '', draggable: false, style: STYLE.image, onLoad: measure, onError: measure }),
        size &&
          h('svg', { viewBox: `0 0 ${size.width} ${size.height}`, preserveAspectRatio: 'none', style: STYLE.overlay }, [
            h('g', { innerHTML: props.content }),
            ...crosshair(size),
          ]),
      ]);
    };
  },
});

const STYLE = {
  root: { position: 'relative', display: 'inline-block', maxWidth: '100%', lineHeight: '0', userSelect: 'none' },
  image: { display: 'block', width: '100%', height: 'auto' },
  // The overlay lets the pointer through: events are measured on the image.
  overlay: { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%', pointerEvents: 'none', overflow: 'visible' },
} as const;
