import { describe, expect, it } from 'vitest';
import { LinkTarget, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.linkTarget', () => {
  it('is an anchor a link on the page points to', async () => {
    const user = await openPage(() => {
      ui.link('Details', '#details');
      ui.linkTarget('details');
    });
    const target = user.find({ kind: LinkTarget });
    expect([target.spec.tag, target.prop('id'), target.prop('name')]).toEqual(['a', 'details', 'details']);
    expect(user.find('Details').prop('href')).toBe(`#${target.prop('id') as string}`);
  });
});
