/**
 * What few elements have: held in one object that is allocated on first use, so that the
 * element itself stays small (each field of a class is a slot in every instance, set or not).
 */
export class ElementExtras {
  /** The parent's slot, when not `default`. */
  slot = 'default';
  markers: string[] | undefined = undefined;
  /** Cleanup functions (`onDispose`) and bindings (binding.ts), released when the element is deleted. */
  disposers: Disposer[] | undefined = undefined;
  /** Scoped-slot support: the key this element renders for, and the prop that receives the scope. */
  slotKey: string | undefined = undefined;
  scopeProp: string | undefined = undefined;
  scopedSlots: string[] | undefined = undefined;
  /** The tab's highest edit counter of the value (value elements' `seenEdits`). */
  edits = 0;
}

export type Disposer = (() => void) | { dispose(): void };
