import sanitizeHtml from 'sanitize-html';

/**
 * SVG drawing elements only: no `script`, `style`, `foreignObject`, `a`, `image` or `use` (they
 * run code or reach other documents), no `animate`/`set` (they can rewrite other attributes).
 * Names are lower case: the HTML parser gives SVG names their case back (`lineargradient` is
 * `linearGradient` inside an `svg`).
 */
const TAGS = [
  'g', 'circle', 'ellipse', 'line', 'path', 'polygon', 'polyline', 'rect', 'text', 'tspan', 'title',
  'defs', 'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'marker',
];

/** Geometry and presentation attributes; no event handlers, no `href`, no `style`. */
const ATTRIBUTES = [
  'id', 'class', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'width', 'height',
  'd', 'points', 'pathlength', 'transform', 'opacity', 'visibility', 'display', 'pointer-events',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-miterlimit', 'vector-effect', 'paint-order',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
  'letter-spacing', 'textlength', 'lengthadjust', 'dx', 'dy', 'rotate',
  'clip-path', 'clip-rule', 'mask', 'marker-start', 'marker-mid', 'marker-end',
  'offset', 'stop-color', 'stop-opacity', 'gradientunits', 'gradienttransform', 'spreadmethod',
  'clippathunits', 'maskunits', 'maskcontentunits', 'markerwidth', 'markerheight', 'markerunits', 'refx', 'refy', 'orient', 'viewbox',
];

/** A paint or reference that points outside the document (`url(https://...)`) would load it. */
const URL_VALUE = /url\s*\(/i;
const LOCAL_REFERENCE = /^\s*url\(\s*(['"]?)#[\w.-]+\1\s*\)\s*$/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: TAGS,
  allowedAttributes: { '*': ATTRIBUTES },
  allowedSchemes: [],
  allowProtocolRelative: false,
  // `<circle />` is closed, as in SVG (HTML parsing would nest the next shape inside it).
  parser: { recognizeSelfClosing: true },
  transformTags: {
    '*': (tagName, attribs) => {
      const kept: Record<string, string> = {};
      for (const [name, value] of Object.entries(attribs)) if (!URL_VALUE.test(value) || LOCAL_REFERENCE.test(value)) kept[name] = value;
      return { tagName, attribs: kept };
    },
  },
};

/**
 * SVG markup reduced to drawing: shapes, text, gradients, clips and masks with their geometry and
 * presentation attributes. Scripts, event handler attributes, styles, links and every reference
 * to another document are removed.
 */
export function sanitizeSvg(markup: string): string {
  return sanitizeHtml(markup, OPTIONS);
}
