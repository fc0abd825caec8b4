import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { groups } from '../../examples/gallery.js';
import { demoSources, uiNames } from '../../examples/gallery/source.js';
import { demoMarker } from '../../examples/gallery/pages.js';
import { SimulatedUser, UserElement, contentOf } from '../../framework/testing/index.js';

/** The names `ui.*` offers: every export of framework/ui.ts. */
function uiExports(): string[] {
  const file = new URL('../../framework/ui.ts', import.meta.url);
  const source = ts.createSourceFile('ui.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
      names.push(...statement.exportClause.elements.map((e) => e.name.text));
    else if (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.push(statement.name.text);
      if (ts.isVariableStatement(statement))
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    }
  }
  return names;
}

describe('gallery coverage', () => {
  it('uses every ui.* element in at least one demo', () => {
    const exported = uiExports();
    expect(exported.length).toBeGreaterThan(80);
    const used = new Set(groups.flatMap((g) => g.demos.flatMap((d) => uiNames(d.source))));
    expect(exported.filter((name) => !used.has(name))).toEqual([]);
  });

  it('shows each demo the body of its own function, dedented, as written in the group file', () => {
    const button = groups.find((g) => g.slug === 'buttons')!.demos.find((d) => d.title === 'Button')!;
    expect(button.source).toBe(
      [
        'let clicks = 0;',
        "const label = ui.label('Not clicked yet');",
        "ui.button('Click me', {",
        "  color: 'primary',",
        "  icon: 'touch_app',",
        '  onClick: () => (label.text = `Clicked ${++clicks} times`),',
        '});',
      ].join('\n'),
    );
    expect(uiNames(button.source)).toEqual(['label', 'button']);
  });

  it('reads sources from the demo calls of a file, and refuses titles used twice', () => {
    const file = new URL('../../examples/gallery/buttons.ts', import.meta.url).pathname;
    expect([...demoSources(file).keys()]).toEqual(groups.find((g) => g.slug === 'buttons')!.demos.map((d) => d.title));
    const twice = join(mkdtempSync(join(tmpdir(), 'gallery-')), 'twice.ts');
    writeFileSync(twice, "demo('A', 'One.', () => ui.label('1'));\ndemo('A', 'Two.', () => {\n  ui.label('2');\n});\n");
    expect(() => demoSources(twice)).toThrow('two demos are titled "A"');
  });
});

/** Elements in a demo's live area that show `text` (and have `tag`), in tree order. */
function allInDemo(user: SimulatedUser, title: string, text: string, tag?: string): UserElement[] {
  const [live] = user.findAll({ marker: demoMarker(title) });
  if (!live) throw new Error(`no demo titled ${title} on ${user.location}`);
  const found: UserElement[] = [];
  const visit = (id: number): void => {
    const spec = user.tree.elements.get(id);
    if (!spec || spec.h) return;
    if ((!tag || spec.tag === tag) && contentOf(spec).some((t) => t.includes(text))) found.push(new UserElement(user, id));
    for (const slot in spec.ch ?? {}) for (const child of spec.ch![slot]!) visit(child);
  };
  visit(live.id);
  return found;
}

/** The one element in a demo's live area that shows `text`; among several, the one showing exactly `text`. */
function inDemo(user: SimulatedUser, title: string, text: string, tag?: string): UserElement {
  const found = allInDemo(user, title, text, tag);
  const exact = found.filter((el) => contentOf(el.spec).includes(text));
  const [one, ...more] = exact.length ? exact : found;
  if (!one || more.length) throw new Error(`${found.length} elements in demo ${title} show ${JSON.stringify(text)}`);
  return one;
}

describe('gallery pages for a simulated user', () => {
  let user: SimulatedUser;
  afterEach(() => user?.close());

  it('opens the index, linking every group page', async () => {
    user = new SimulatedUser();
    await user.open('/');
    for (const g of groups) await user.should.see(g.title);
  });

  it.each(groups.map((g) => [g.slug, g] as const))('opens /%s with every demo and no error', async (slug, g) => {
    user = new SimulatedUser();
    await user.open(`/${slug}`);
    for (const d of g.demos) expect(user.findAll({ marker: demoMarker(d.title) })).toHaveLength(1);
    expect(user.logger.lines).toEqual([]);
    expect(user.notifications).toEqual([]);
  });

  it('echoes what is typed, clicked and chosen', async () => {
    user = new SimulatedUser();
    await user.open('/text-media');
    await inDemo(user, 'Label', 'Type a new text').type('Hi there');
    await user.should.see('Hi there');

    await user.open('/buttons');
    await inDemo(user, 'Button', 'Click me').click();
    await inDemo(user, 'Button', 'Click me').click();
    await user.should.see('Clicked 2 times');

    await user.open('/inputs');
    await inDemo(user, 'Checkbox', 'I accept the terms').click();
    await user.should.see('Accepted');
    await inDemo(user, 'Select', 'Colour', 'q-select').setValue('blue');
    await user.should.see('Colour: blue');

    await user.open('/pickers');
    await inDemo(user, 'Slider', '40', 'q-slider').setValue(70);
    await user.should.see('Volume: 70');
  });

  it('switches tabs, steps and menus on the server', async () => {
    user = new SimulatedUser();
    await user.open('/layout');
    await user.find({ text: 'Tab: mail' });
    await inDemo(user, 'Tabs', 'mail', 'q-tabs').setValue('alarms');
    await user.should.see('Tab: alarms');
    // Every step's content is on the page (Quasar shows the active one): the first Next is step one's.
    await allInDemo(user, 'Stepper', 'Next')[0]!.click();
    expect(inDemo(user, 'Stepper', 'pay', 'q-stepper').value).toBe('pay');

    await user.open('/navigation');
    await inDemo(user, 'Menu', 'Duplicate').click();
    await user.should.see('Chose: Duplicate');
  });

  it('adds table rows and log lines, and answers dialogs', async () => {
    user = new SimulatedUser();
    await user.open('/data');
    await inDemo(user, 'Table', 'Add a row').click();
    await user.should.see('Person 4');
    await inDemo(user, 'Log', 'Add a line').click();
    await user.should.see('Line 1');

    await user.open('/feedback');
    await inDemo(user, 'Notify', 'Saved').click();
    await user.should.seeNotification('Saved');
    await inDemo(user, 'Dialog', 'Ask').click();
    await inDemo(user, 'Dialog', 'Yes').click();
    await user.should.see('Answer: Yes');
  });

  it('builds the page furniture and rebuilds refreshable sections', async () => {
    user = new SimulatedUser();
    await user.open('/furniture');
    await user.find({ text: 'Header button: not clicked' });
    await user.find('Click').click();
    await user.should.see('Header button: 1 clicks');

    await user.open('/lifecycle');
    const fruit = inDemo(user, 'Refreshable', 'New fruit');
    await fruit.type('banana');
    await fruit.press('Enter');
    await user.should.see('3 fruits');
    await user.should.see('banana');
    await user.open('/hello/kite');
    await user.should.see('Hello, kite!');
  });
});
