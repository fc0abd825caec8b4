import { nextTick } from 'vue';
import type { ElementId } from '../framework/protocol/messages.js';

interface Instance {
  $el?: unknown;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Keeps the focus (and the caret) where the user was when the page is swapped for a rebuilt one:
 * on the element's namesake, once the rebuilt page has rendered. Where the rebuilt page has the
 * same element ids (the usual case: the same page built again) Vue keeps the DOM and the focus on
 * its own; this covers the rest.
 */
export function keepFocusAcross(doc: Document, instances: ReadonlyMap<ElementId, unknown>, translation: ReadonlyMap<ElementId, ElementId>): void {
  const focused = doc.activeElement;
  if (!focused || focused === doc.body) return;
  const id = innermostOwner(focused, instances);
  const now = id === undefined ? undefined : translation.get(id);
  if (now === undefined) return;
  const field = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? (focused as Field) : undefined;
  const selection = field ? [field.selectionStart, field.selectionEnd] : undefined;
  void nextTick(() => {
    const root = (instances.get(now) as Instance | undefined)?.$el;
    if (!(root instanceof HTMLElement) || root.contains(doc.activeElement)) return;
    const target = root.matches('input, textarea, select, button, [tabindex]') ? root : root.querySelector<HTMLElement>('input, textarea, select, button, [tabindex]');
    target?.focus({ preventScroll: true });
    if (selection && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) {
      try {
        target.setSelectionRange(selection[0], selection[1]);
      } catch {
        // Inputs of some types (email, number) have no selection to restore.
      }
    }
  });
}

/** The element whose rendered DOM holds `node` most closely. */
function innermostOwner(node: Element, instances: ReadonlyMap<ElementId, unknown>): ElementId | undefined {
  let best: ElementId | undefined;
  let bestRoot: HTMLElement | undefined;
  for (const [id, instance] of instances) {
    const root = (instance as Instance).$el;
    if (!(root instanceof HTMLElement) || !root.contains(node)) continue;
    if (!bestRoot || bestRoot.contains(root)) {
      best = id;
      bestRoot = root;
    }
  }
  return best;
}
