/** The gallery's pages: an index of groups, and one page per group with its demos. */
import { ui } from '../../framework/index.js';
import type { DemoWithSource, Group } from './demo.js';
import { sourceBlock } from './source-block.js';

const WIDTH = { width: '100%', 'max-width': '1200px', margin: '0 auto' };
/** Secondary text, readable in light and dark mode alike (a grey class is dim on a dark page). */
const MUTED = { opacity: '0.7' };

/** Registers `/` and `/<slug>` for every group on the default pages (served by `run()`). */
export function registerGallery(groups: readonly Group[]): void {
  ui.page('/', () => indexPage(groups), { title: 'Kite gallery' });
  groups.forEach((g, i) =>
    ui.page(`/${g.slug}${g.subPaths ? '{/*rest}' : ''}`, () => groupPage(g, groups[i - 1], groups[i + 1]), { title: `${g.title} · Kite gallery` }),
  );
}

function indexPage(groups: readonly Group[]): void {
  ui.column({ gap: '1.5rem' }, () => {
    ui.label('Kite gallery').classes('text-h3');
    ui.label(
      'Every element of Kite, live: each page below shows its elements working, next to the few lines of server-side TypeScript that made them.',
    ).classes('text-subtitle1 text-grey-8');
    ui.grid({ columns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: '1rem' }, () => {
      for (const g of groups)
        ui.link('', `/${g.slug}`, {}, () =>
          ui.card({ flat: true, bordered: true }, () => {
            ui.cardSection(() => {
              ui.row({ align: 'center', gap: '0.5rem', wrap: false }, () => {
                ui.icon(g.icon, { color: 'primary', size: 'md' });
                ui.label(g.title).classes('text-h6');
              });
              ui.label(g.description).classes('text-grey-8 q-mt-sm');
              ui.label(g.demos.map((d) => d.title).join(' · ')).classes('text-caption text-grey-7 q-mt-sm');
            });
          }).classes('full-height gallery-group-card'),
        )
          .classes('text-dark')
          .style({ 'text-decoration': 'none' });
    }).classes('full-width');
  }).style(WIDTH);
}

function groupPage(g: Group, previous: Group | undefined, next: Group | undefined): void {
  ui.column({ gap: '1.5rem' }, () => {
    ui.row({ align: 'center', gap: '0.5rem' }, () => {
      ui.link('Kite gallery', '/');
      ui.icon('chevron_right', { color: 'grey-6' });
      ui.label(g.title).style(MUTED);
    });
    ui.column({ gap: '0.25rem' }, () => {
      ui.label(g.title).classes('text-h4');
      ui.label(g.description).classes('text-subtitle1').style(MUTED);
    });
    ui.row({ gap: '0.25rem 1rem' }, () => {
      for (const d of g.demos) ui.link(d.title, `#${anchor(d.title)}`).classes('text-body2');
    });
    for (const d of g.demos) demoSection(d);
    ui.separator().classes('full-width');
    ui.row({ align: 'center' }, () => {
      if (previous) ui.link(`← ${previous.title}`, `/${previous.slug}`);
      ui.space();
      if (next) ui.link(`${next.title} →`, `/${next.slug}`);
    }).classes('full-width');
  }).style(WIDTH);
}

function demoSection(d: DemoWithSource): void {
  ui.column({ gap: '0.5rem' }, () => {
    ui.linkTarget(anchor(d.title));
    ui.label(d.title).classes('text-h6');
    ui.label(d.description).classes('text-body2').style(MUTED);
    ui.row({ gap: '1rem', align: 'stretch' }, () => {
      sourceBlock(d.source).style({ flex: '3 1 460px', 'min-width': '0' });
      ui.card({ flat: true, bordered: true }, () => d.build())
        .mark(demoMarker(d.title))
        .classes('gallery-live q-pa-md column items-start')
        .style({ flex: '2 1 300px', 'min-width': '0', gap: '0.75rem' });
    }).classes('full-width');
  })
    .classes('full-width gallery-demo');
}

/** The marker of a demo's live area, for page tests. */
export function demoMarker(title: string): string {
  return `demo:${anchor(title)}`;
}

function anchor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
