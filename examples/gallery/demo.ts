/**
 * The gallery's one building block.
 *
 * Adding a demo is adding one call to the list of a group file (examples/gallery/<group>.ts):
 *
 *     demo('Button', 'Runs a server callback when clicked.', () => {
 *       const label = ui.label('Not clicked yet');
 *       ui.button('Click me', () => (label.text = 'Clicked!'));
 *     }),
 *
 * The function runs inside the demo's live area each time the page opens; its body is also the
 * source the page shows next to it, read from the group file at start-up (examples/gallery/source.ts),
 * so write it as an author would copy it: a string literal title unique in its group, a function
 * literal, only `ui.*` and what the group file imports. A new element is covered once any demo uses
 * `ui.<name>` (tests/examples/gallery.test.ts checks every export of framework/ui.ts).
 * A new group is a new file calling `group(...)`, listed in examples/gallery/groups.ts.
 */
import { fileURLToPath } from 'node:url';
import { demoSources } from './source.js';

export interface Demo {
  readonly title: string;
  /** One sentence: what the element is for. */
  readonly description: string;
  readonly build: () => unknown;
}

export interface DemoWithSource extends Demo {
  /** The body of `build` as written in the group file. */
  readonly source: string;
}

export interface Group {
  /** The page's path without the slash (`buttons` is served at `/buttons`). */
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** A Material icon name for the index card. */
  readonly icon: string;
  /** The page also answers paths under its own (`/<slug>{/*rest}`), as a demo of ui.subPages needs. */
  readonly subPaths?: boolean;
  readonly demos: readonly DemoWithSource[];
}

export function demo(title: string, description: string, build: () => unknown): Demo {
  return { title, description, build };
}

/** A page of demos; `moduleUrl` is the group file's `import.meta.url`, where the sources are read. */
export function group(moduleUrl: string, info: Omit<Group, 'demos'>, demos: readonly Demo[]): Group {
  const file = fileURLToPath(moduleUrl);
  const sources = demoSources(file);
  return {
    ...info,
    demos: demos.map((d) => {
      const source = sources.get(d.title);
      if (source === undefined) throw new Error(`${file}: no demo(${JSON.stringify(d.title)}, ...) call found in the source`);
      return { ...d, source };
    }),
  };
}
