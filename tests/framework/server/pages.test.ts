import { describe, expect, it } from 'vitest';
import { PageRegistry } from '../../../framework/index.js';

describe('PageRegistry.find', () => {
  const registry = new PageRegistry();
  for (const path of ['/spa{/*rest}', '/org/:org/app{/*rest}', '/files/*path', '/plain', '/{*rest}']) registry.add(path, () => undefined);
  const found = (pathname: string) => {
    const match = registry.find(pathname);
    return match && { route: match.route.path, params: match.params, root: match.root };
  };

  it('tells where the sub pages of a page with a trailing wildcard are rooted', () => {
    expect(found('/spa')).toEqual({ route: '/spa{/*rest}', params: {}, root: '/spa' });
    expect(found('/spa/')).toEqual({ route: '/spa{/*rest}', params: {}, root: '/spa' });
    expect(found('/spa/users/3')).toEqual({ route: '/spa{/*rest}', params: { rest: 'users/3' }, root: '/spa' });
    expect(found('/org/a%20b/app/x')).toEqual({ route: '/org/:org/app{/*rest}', params: { org: 'a b', rest: 'x' }, root: '/org/a%20b/app' });
    expect(found('/files/a/b')).toEqual({ route: '/files/*path', params: { path: 'a/b' }, root: '/files' });
    expect(found('/users/3')).toEqual({ route: '/{*rest}', params: { rest: 'users/3' }, root: '' });
  });

  it('gives no root to a page without one', () => {
    expect(found('/plain')).toEqual({ route: '/plain', params: {}, root: undefined });
  });
});
