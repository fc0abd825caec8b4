import { describe, expect, it } from 'vitest';
import { PageRegistry, SubPages, ui, type RouteParams } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';

/** A page at /spa with a home, a user page (async) and a header that survives navigation. */
function spa(built: string[] = []) {
  const pages = new PageRegistry();
  let subPages!: SubPages;
  pages.add('/spa{/*rest}', () => {
    ui.label('Header');
    subPages = ui.subPages({
      '/': () => {
        built.push('home');
        ui.label('Home page');
      },
      '/users/:id': async ({ params, query }) => {
        built.push(`user ${params.id}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        ui.label(`User ${params.id}${query.tab ? ` (${query.tab})` : ''}`);
      },
    });
    subPages.link('Users', '/users/7');
    ui.button('User 3', () => subPages.navigate('/users/3'));
  });
  return { pages, user: new SimulatedUser({ pages }), subPages: () => subPages };
}

const urlOf = (user: SimulatedUser) => user.find({ tag: 'k-sub-pages' }).prop('url');

describe('ui.subPages', () => {
  it('shows the sub page matching the path after the page', async () => {
    const { user } = spa();
    await user.open('/spa');
    await user.should.see('Home page');
    expect(urlOf(user)).toBe('/spa');
    await user.open('/spa/');
    await user.should.see('Home page');
  });

  it('navigates without reloading: only the sub page is rebuilt, and the tab pushes the new location', async () => {
    const built: string[] = [];
    const { user } = spa(built);
    await user.open('/spa');
    const header = user.find('Header').id;
    await user.find('User 3').click();
    await user.should.see('User 3');
    await user.should.notSee('Home page');
    expect(urlOf(user)).toBe('/spa/users/3');
    expect(user.find('Header').id).toBe(header);
    expect(user.navigations).toEqual([]);
    expect(built).toEqual(['home', 'user 3']);
  });

  it('links to sub paths with a real href, navigating in place on a plain click', async () => {
    const { user } = spa();
    await user.open('/spa');
    const link = user.find('Users');
    expect([link.spec.tag, link.prop('href'), Object.keys(link.spec.on ?? {})]).toEqual(['a', '/spa/users/7', ['click.exact.prevent']]);
    await link.trigger('click.exact.prevent');
    await user.should.see('User 7');
  });

  it('brings the matching content back on back and forward (popstate)', async () => {
    const { user } = spa();
    await user.open('/spa');
    await user.find('User 3').click();
    await user.should.see('User 3');
    await user.popState('/spa');
    await user.should.see('Home page');
    expect(urlOf(user)).toBe('/spa');
    await user.popState('/spa/users/3?tab=posts');
    await user.should.see('User 3 (posts)');
    // Kept as the tab reported it, so the tab adds no history entry of its own.
    expect(urlOf(user)).toBe('/spa/users/3?tab=posts');
  });

  it('opens a deep link with the sub page in the first HTML (async builders awaited through `ready`)', async () => {
    const pages = new PageRegistry();
    pages.add('/spa{/*rest}', async () => {
      await ui.subPages({
        '/': () => ui.label('Home page'),
        '/users/:id': async ({ params }) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          ui.label(`User ${params.id}`);
        },
      }).ready;
    });
    const user = new SimulatedUser({ pages });
    await user.open('/spa/users/42');
    expect(user.visibleText()).toContain('User 42');
    expect(urlOf(user)).toBe('/spa/users/42');
  });

  it('shows a clear "not found" content for unknown sub paths, or the page author\'s own', async () => {
    const { user } = spa();
    await user.open('/spa/nowhere/at/all');
    await user.should.see('Page not found');
    await user.should.see('/nowhere/at/all');
    expect(user.status).toBe(404);
    await user.open('/spa/users/1');
    expect(user.status).toBe(200);
    const pages = new PageRegistry();
    pages.add('/{*rest}', () => ui.subPages({ '/': () => ui.label('Root') }, { notFound: ({ path }) => ui.label(`Nothing at ${path}`) }));
    const other = new SimulatedUser({ pages });
    await other.open('/x/y');
    await other.should.see('Nothing at /x/y');
    await other.open('/');
    await other.should.see('Root');
  });

  it('ignores locations outside the page and refuses paths that leave it', async () => {
    const { user, subPages } = spa();
    await user.open('/spa/users/1');
    await user.should.see('User 1');
    const dropped = user.client.dropped;
    for (const url of ['/spatial', '/other', '/spa//evil.example', 42, 'x'.repeat(3000)])
      await user.find({ tag: 'k-sub-pages' }).trigger('navigate', url);
    expect(user.client.dropped).toBe(dropped + 5);
    await user.should.see('User 1');
    expect(() => subPages().navigate('//evil.example')).toThrow(/single "\/"/);
    expect(() => subPages().navigate('users')).toThrow(/single "\/"/);
  });

  it('drops what an outdated async sub page builds after the user moved on', async () => {
    const pages = new PageRegistry();
    let release!: () => void;
    let subPages!: SubPages;
    pages.add('/{*rest}', () => {
      subPages = ui.subPages({
        '/': () => ui.label('Home page'),
        '/slow': async () => {
          await new Promise<void>((resolve) => (release = resolve));
          ui.label('Slow page');
        },
      });
    });
    const user = new SimulatedUser({ pages });
    await user.open('/');
    const slow = subPages.navigate('/slow');
    await user.settle();
    await user.popState('/');
    await user.should.see('Home page');
    const elements = user.client.elements.size;
    release();
    await slow;
    await user.settle();
    await user.should.notSee('Slow page');
    expect(user.client.elements.size).toBe(elements);
    expect([...user.tree.elements.values()].some((spec) => spec.t === 'Slow page')).toBe(false);
  });

  it('warns when the page path has no wildcard, since deep links could not load', async () => {
    const pages = new PageRegistry();
    pages.add('/plain', () => ui.subPages({ '/': () => ui.label('Home page') }));
    const user = new SimulatedUser({ pages });
    await user.open('/plain');
    await user.should.see('Home page');
    expect(user.logger.lines.join('\n')).toContain("no trailing wildcard (e.g. '/plain{/*rest}')");
  });

  it('types the parameters from the path', () => {
    const params: RouteParams<'/users/:id/posts/:post{/:page}'> = { id: '1', post: '2' };
    const files: RouteParams<'/files/*path'> = { path: 'a/b' };
    // @ts-expect-error `id` is required
    const missing: RouteParams<'/users/:id'> = {};
    // Builders get their path's parameters (checked by the type checker, not run).
    const typedBuilders = () =>
      ui.subPages({
        '/users/:id': ({ params }) => {
          const id: string = params.id;
          // @ts-expect-error no such parameter
          return [id, params.name];
        },
        // @ts-expect-error an optional parameter may be missing
        '/list{/:page}': ({ params }): string => params.page,
      });
    expect([params, files, missing, typedBuilders]).toHaveLength(4);
  });
});
