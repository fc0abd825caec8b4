import { describe, expect, it } from 'vitest';
import { KiteError, Link, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.link', () => {
  it('links to a page, opening new tabs without handing over the opener', async () => {
    const user = await openPage(() => {
      ui.link('Items', '/items');
      ui.link('Docs', 'https://example.com/docs', { newTab: true });
    });
    const items = user.find('Items');
    expect([items.spec.tag, items.prop('href'), items.prop('target')]).toEqual(['a', '/items', undefined]);
    const docs = user.find('Docs');
    expect([docs.prop('href'), docs.prop('target'), docs.prop('rel')]).toEqual(['https://example.com/docs', '_blank', 'noopener noreferrer']);
  });

  it('refuses javascript: and data: targets, however they are spelled or set', async () => {
    const refused: string[] = [];
    const attempt = (what: string, fn: () => unknown): void => {
      try {
        fn();
      } catch (e) {
        if (e instanceof KiteError) refused.push(what);
      }
    };
    const user = await openPage(() => {
      attempt('plain', () => ui.link('a', 'javascript:alert(1)'));
      attempt('spaced', () => ui.link('b', ' JaVa\tScRiPt:alert(1)'));
      attempt('data', () => ui.link('c', 'data:text/html,<script>alert(1)</script>'));
      const safe = ui.link('safe', 'mailto:ann@example.com');
      attempt('setter', () => (safe.href = 'javascript:alert(1)'));
      attempt('props', () => safe.props({ href: 'vbscript:msgbox' }));
    });
    expect(refused).toEqual(['plain', 'spaced', 'data', 'setter', 'props']);
    expect(user.findAll({ kind: Link }).map((l) => l.prop('href'))).toEqual(['mailto:ann@example.com']);
  });
});
