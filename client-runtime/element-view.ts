import { createTextVNode, defineComponent, h, inject, type Component, type InjectionKey, type PropType, type Slot, type VNode } from 'vue';
import type { ElementId, ElementSpec } from '../framework/protocol/messages.js';
import type { Clock } from './clock.js';
import { addHandler, ElementListeners, type SendEvent } from './listeners.js';

/** What every element view needs from the runtime; provided once by main.ts (and by tests). */
export interface ViewContext {
  get(id: ElementId): ElementSpec | undefined;
  /** A loaded component, an HTML tag name, or undefined while the component loads. */
  resolve(tag: string): Component | string | undefined;
  sendEvent: SendEvent;
  /** The user changed an element's value (typing, toggling, picking). */
  changeValue(id: ElementId, value: unknown): void;
  /** Component instances (or DOM elements) by element id, for `method` calls. */
  instances: Map<ElementId, unknown>;
  clock: Clock;
}

export const viewContextKey: InjectionKey<ViewContext> = Symbol('kite-view');

export type SlotScope = Record<string, unknown>;

/** Props the server must not set: Vue would treat them as listeners, vnode keys or refs. */
const RESERVED_PROP = /^(on[A-Z]|key$|ref$)/;
const HIDDEN = { display: 'none' };
const HTML_TAG = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/i;

/**
 * Quasar components that find their panels by reading props on their slot's vnodes: the `name`
 * of each panel, and for a stepper's headers each step's title, icon, done, ... Their child views
 * carry the child element's props for them (ElementView does not apply them: no fallthrough).
 */
const PANEL_PARENTS = new Set(['q-tab-panels', 'q-carousel', 'q-stepper']);

/** A tag that is not a component renders as that HTML element; anything odd (or a script) as a `div`. */
export function htmlTag(tag: string): string {
  return HTML_TAG.test(tag) && tag.toLowerCase() !== 'script' ? tag : 'div';
}

/** Props, class and style of one element (listeners and value are added by the view). */
export function elementProps(spec: ElementSpec, scope?: SlotScope): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (spec.p) for (const key in spec.p) if (!RESERVED_PROP.test(key)) data[key] = spec.p[key];
  if (spec.c?.length) data.class = spec.c;
  if (spec.h) data.style = spec.s ? [spec.s, HIDDEN] : HIDDEN;
  else if (spec.s) data.style = spec.s;
  if (spec.sp && scope) data[spec.sp] = scope;
  return data;
}

/** A panel's props as its Quasar parent reads them from the vnode. */
function panelProps(spec: ElementSpec | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  if (spec?.p) for (const key in spec.p) if (!RESERVED_PROP.test(key)) props[key] = spec.p[key];
  return props;
}

/**
 * The one generic renderer. Each element is its own instance keyed by id, reading only its own
 * reactive spec, so a patch re-renders just the element it names. Children are child views,
 * passed to components as slot functions and to HTML tags as child arrays.
 */
export const ElementView = defineComponent({
  name: 'KiteElement',
  inheritAttrs: false,
  props: {
    id: { type: Number, required: true },
    /** The slot scope when this element sits in a scoped slot (e.g. a table cell's row). */
    scope: { type: Object as PropType<SlotScope>, default: undefined },
  },
  setup(props) {
    const ctx = inject(viewContextKey);
    if (!ctx) throw new Error('kite: ElementView needs a ViewContext');
    const id = props.id;
    const listeners = new ElementListeners(id, ctx.sendEvent, ctx.clock);
    const onValue = (value: unknown): void => ctx.changeValue(id, value);
    const setRef = (instance: unknown): void => {
      if (instance) ctx.instances.set(id, instance);
      else ctx.instances.delete(id);
    };

    const childView = (child: ElementId, scope?: SlotScope): VNode => h(ElementView, { key: child, id: child, scope });
    const childViews = (ids: readonly ElementId[] | undefined): VNode[] => (ids ?? []).map((child) => childView(child));
    const panelViews = (ids: readonly ElementId[]): VNode[] =>
      ids.map((child) => h(ElementView, { ...panelProps(ctx.get(child)), key: child, id: child }));
    const defaultContent = (spec: ElementSpec): VNode[] =>
      spec.t ? [createTextVNode(spec.t), ...childViews(spec.ch?.default)] : childViews(spec.ch?.default);

    /** A scoped slot renders the children whose key matches the scope's key (e.g. one row's cells). */
    const scopedSlot =
      (ids: readonly ElementId[]): Slot =>
      (scope?: SlotScope) => {
        const key = String(scope?.key);
        return ids.filter((child) => ctx.get(child)?.k === key).map((child) => childView(child, scope));
      };

    const componentSlots = (spec: ElementSpec): Record<string, Slot> => {
      const slots: Record<string, Slot> = {};
      const panels = PANEL_PARENTS.has(spec.tag);
      for (const [name, ids] of Object.entries(spec.ch ?? {}))
        slots[name] = spec.ss?.includes(name) ? scopedSlot(ids) : panels && name === 'default' ? () => panelViews(ids) : () => childViews(ids);
      if (spec.t && !spec.ss?.includes('default')) slots.default = () => defaultContent(spec);
      return slots;
    };

    return () => {
      const spec = ctx.get(id);
      if (!spec) return null;
      const type = ctx.resolve(spec.tag);
      if (type === undefined) return null;
      const data: Record<string, unknown> = { ...elementProps(spec, props.scope), ...listeners.props(spec.on) };
      data.ref = setRef;
      if (typeof type === 'string') return h(htmlTag(type), data, defaultContent(spec));
      if ('v' in spec) {
        data.modelValue = spec.v;
        addHandler(data, 'onUpdate:modelValue', onValue);
      }
      return h(type, data, componentSlots(spec));
    };
  },
});
