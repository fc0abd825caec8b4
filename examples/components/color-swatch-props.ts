/** What color-swatch.vue takes and emits: one definition for the component and the server (examples/custom-component.ts). */
export interface ColorSwatchProps {
  /** The colour shown, `#rrggbb`. */
  color: string;
  /** Colours offered below it: clicking one emits `change`. */
  palette?: string[];
  /** Shown on the colour (default: the colour's code). */
  label?: string;
}

export type ColorSwatchEvents = {
  change: [color: string];
};

/** Black or white, whichever reads better on a `#rrggbb` colour. */
export function textColorOn(color: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16) || 0);
  return 0.299 * r! + 0.587 * g! + 0.114 * b! > 150 ? '#000' : '#fff';
}
