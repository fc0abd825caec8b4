import { describe, expect, it } from 'vitest';
import { InteractiveImage, KiteError, ui, type ImageMouseEvent } from '../../../framework/index.js';
import { openPage } from './support.js';

const at = (type: string, imageX: number, imageY: number, extra: Record<string, unknown> = {}) => ({
  type, imageX, imageY, button: 0, buttons: 0, altKey: false, ctrlKey: false, shiftKey: false, metaKey: false, ...extra,
});

describe('ui.interactiveImage', () => {
  it('draws sanitized SVG over the image and redraws it when the content changes', async () => {
    let image!: InteractiveImage;
    const user = await openPage(() => {
      image = ui.interactiveImage('/static/plan.png', { content: '<circle cx="10" cy="20" r="5" fill="red" />', cross: true });
    });
    const shown = user.find({ kind: InteractiveImage });
    expect(shown.spec.tag).toBe('k-interactive-image');
    expect(shown.spec.p).toEqual({ src: '/static/plan.png', content: '<circle cx="10" cy="20" r="5" fill="red"></circle>', cross: true });
    image.content = '<rect x="1" y="2" width="3" height="4" />';
    await user.settle();
    expect(shown.prop('content')).toBe('<rect x="1" y="2" width="3" height="4"></rect>');
    image.content = '';
    await user.settle();
    expect(shown.spec.p).not.toHaveProperty('content');
  });

  it('keeps only drawing: no scripts, event handlers, styles, links or outside references', async () => {
    let image!: InteractiveImage;
    const user = await openPage(() => {
      image = ui.interactiveImage('/a.png');
    });
    image.content = [
      '<script>alert(1)</script>',
      '<circle r="5" onclick="alert(2)" onload="alert(3)" style="fill:url(https://evil.test/x)" />',
      '<a href="javascript:alert(4)"><text x="1">label</text></a>',
      '<image href="https://evil.test/pixel.png" /><use href="https://evil.test/s.svg#a" />',
      '<foreignObject><iframe src="https://evil.test"></iframe></foreignObject>',
      '<animate attributeName="href" values="javascript:alert(5)" />',
      '<rect fill="url(https://evil.test/p.svg#g)" /><rect fill="url(#mine)" />',
      '</g></svg><img src=x onerror=alert(6)>',
    ].join('');
    await user.settle();
    const shown = user.find({ kind: InteractiveImage }).prop('content') as string;
    expect(shown).toBe('<circle r="5"></circle><text x="1">label</text><rect></rect><rect fill="url(#mine)"></rect>');
    image.props({ content: '<path d="M0 0" onmouseover="x()" />' });
    await user.settle();
    expect(user.find({ kind: InteractiveImage }).prop('content')).toBe('<path d="M0 0"></path>');
  });

  it('accepts only sources on this server, data: images and blob: URLs', async () => {
    await openPage(() => {
      for (const ok of ['/static/a.png', 'img/b.jpg', 'data:image/png;base64,iVBOR', 'blob:http://kite.test/1234'])
        expect(ui.interactiveImage(ok).source).toBe(ok);
      for (const bad of ['https://cdn.test/a.png', '//cdn.test/a.png', '/\\cdn.test/a.png', 'javascript:alert(1)', 'java\tscript:x', 'data:text/html,<script>'])
        expect(() => ui.interactiveImage(bad)).toThrow(KiteError);
      const image = ui.interactiveImage('/a.png');
      expect(() => (image.source = 'http://elsewhere.test/b.png')).toThrow(KiteError);
      expect(image.source).toBe('/a.png');
    });
  });

  it('reports the mouse events asked for, with the point in natural pixels and the keys', async () => {
    const seen: ImageMouseEvent[] = [];
    const user = await openPage(() => ui.interactiveImage('/a.png', { events: ['mousedown', 'mousemove'], onMouse: (e) => void seen.push(e) }));
    const image = user.find({ kind: InteractiveImage });
    expect(image.spec.on).toEqual({ mousedown: {}, mousemove: { t: 50 } });
    await image.trigger('mousedown', at('mousedown', 120.5, 40, { button: 2, buttons: 2, shiftKey: true }));
    await image.trigger('mousemove', at('mousemove', 121, 41));
    expect(seen.map(({ type, imageX, imageY, button, shiftKey }) => ({ type, imageX, imageY, button, shiftKey }))).toEqual([
      { type: 'mousedown', imageX: 120.5, imageY: 40, button: 2, shiftKey: true },
      { type: 'mousemove', imageX: 121, imageY: 41, button: 0, shiftKey: false },
    ]);
    expect(seen[0]!.sender).toBe(image.element);
    await expect(image.trigger('click', at('click', 1, 1))).rejects.toThrow(/does not listen to click/);
  });

  it('listens to nothing until a handler is added, to clicks by default', async () => {
    let image!: InteractiveImage;
    const clicks: number[] = [];
    const user = await openPage(() => {
      image = ui.interactiveImage('/a.png');
    });
    expect(user.find({ kind: InteractiveImage }).spec.on).toBeUndefined();
    image.onMouse((e) => void clicks.push(e.imageX));
    await user.settle();
    await user.find({ kind: InteractiveImage }).trigger('click', at('click', 7, 8));
    expect(clicks).toEqual([7]);
  });

  it('drops events that are not points, without calling the handler', async () => {
    const seen: unknown[] = [];
    const user = await openPage(() => ui.interactiveImage('/a.png', { events: ['click'], onMouse: (e) => void seen.push(e) }));
    const image = user.find({ kind: InteractiveImage });
    const before = user.client.dropped;
    for (const forged of [undefined, 'click', at('mousedown', 1, 1), at('click', Number.NaN, 1), at('click', 1, 1, { imageY: '1' }), at('click', 1, 1, { button: 99 })])
      await image.trigger('click', forged);
    expect(seen).toEqual([]);
    expect(user.client.dropped - before).toBe(6);
  });
});
