import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CORE_TAGS, GROUPS, HUB, mayBeComponentTag } from '../../client-runtime/tags.js';

describe('component tags', () => {
  it('takes q- and k- tags for components, everything else for HTML', () => {
    expect(mayBeComponentTag('q-btn')).toBe(true);
    expect(mayBeComponentTag('k-markdown')).toBe(true);
    expect(['div', 'span', 'a', 'quote', 'kbd'].filter(mayBeComponentTag)).toEqual([]);
  });

  it('puts every tag in one place: the core, one group, or the catalog', async () => {
    const catalog = await readFile(new URL('../../client-runtime/lazy/catalog.ts', import.meta.url), 'utf8');
    const catalogTags = [...catalog.matchAll(/^ {2}'([a-z-]+)': \(\) => import\(/gm)].map((m) => m[1]!);
    const all = [...CORE_TAGS, ...Object.values(GROUPS).flat(), ...catalogTags];
    expect(all.length).toBe(new Set(all).size);
    expect(all.filter((tag) => !mayBeComponentTag(tag))).toEqual([]);
    expect(catalogTags.length).toBeGreaterThan(50);
    expect(Object.keys(GROUPS)).toContain(HUB);
  });
});
