/** The part of a mouse event the server hears about. */
export interface MouseLike {
  clientX: number;
  clientY: number;
  button: number;
  buttons: number;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** What the server hears: the event's buttons and modifiers, with the point in natural pixels. */
export type ImageMouse = Omit<MouseLike, 'clientX' | 'clientY'> & {
  type: string;
  imageX: number;
  imageY: number;
};

/** Hundredths of a pixel are plenty, and keep the message short. */
const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Where a pointer is on an image, in the image's natural pixels: the displayed box (its
 * bounding rectangle, so CSS scaling and transforms are accounted for) is stretched to the
 * natural size. Undefined while the image has no size (not loaded yet, or broken).
 */
export function naturalPoint(clientX: number, clientY: number, box: Box, natural: Size): { x: number; y: number } | undefined {
  if (!(box.width > 0 && box.height > 0 && natural.width > 0 && natural.height > 0)) return undefined;
  return {
    x: round(((clientX - box.left) * natural.width) / box.width),
    y: round(((clientY - box.top) * natural.height) / box.height),
  };
}

/** The event the server receives for a mouse event on the image. */
export function imageMouse(type: string, event: MouseLike, box: Box, natural: Size): ImageMouse | undefined {
  const point = naturalPoint(event.clientX, event.clientY, box, natural);
  if (!point) return undefined;
  const { button, buttons, altKey, ctrlKey, shiftKey, metaKey } = event;
  return { type, imageX: point.x, imageY: point.y, button, buttons, altKey, ctrlKey, shiftKey, metaKey };
}
