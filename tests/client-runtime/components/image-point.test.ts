import { describe, expect, it } from 'vitest';
import { imageMouse, naturalPoint } from '../../../client-runtime/components/image-point.js';

const mouse = { clientX: 0, clientY: 0, button: 0, buttons: 0, altKey: false, ctrlKey: false, shiftKey: false, metaKey: false };

describe('naturalPoint', () => {
  it('maps the displayed box onto the natural size, however the image is scaled', () => {
    const natural = { width: 800, height: 600 };
    expect(naturalPoint(150, 140, { left: 100, top: 100, width: 400, height: 300 }, natural)).toEqual({ x: 100, y: 80 });
    expect(naturalPoint(100, 100, { left: 100, top: 100, width: 1600, height: 1200 }, natural)).toEqual({ x: 0, y: 0 });
    expect(naturalPoint(1700, 1300, { left: 100, top: 100, width: 1600, height: 1200 }, natural)).toEqual({ x: 800, y: 600 });
    // Stretched by CSS to another aspect ratio: each axis on its own.
    expect(naturalPoint(50, 50, { left: 0, top: 0, width: 100, height: 600 }, natural)).toEqual({ x: 400, y: 50 });
  });

  it('rounds to hundredths of a pixel', () => {
    expect(naturalPoint(1, 2, { left: 0, top: 0, width: 3, height: 3 }, { width: 1, height: 1 })).toEqual({ x: 0.33, y: 0.67 });
  });

  it('has no point while the image has no size', () => {
    expect(naturalPoint(1, 1, { left: 0, top: 0, width: 10, height: 10 }, { width: 0, height: 0 })).toBeUndefined();
    expect(naturalPoint(1, 1, { left: 0, top: 0, width: 0, height: 0 }, { width: 10, height: 10 })).toBeUndefined();
  });
});

describe('imageMouse', () => {
  it('is the event the server reads: type, point, buttons and keys only', () => {
    const event = { ...mouse, clientX: 20, clientY: 10, button: 2, buttons: 2, ctrlKey: true, target: {}, view: {} };
    expect(imageMouse('mousedown', event, { left: 0, top: 0, width: 100, height: 100 }, { width: 200, height: 200 })).toEqual({
      type: 'mousedown', imageX: 40, imageY: 20, button: 2, buttons: 2, altKey: false, ctrlKey: true, shiftKey: false, metaKey: false,
    });
  });
});
