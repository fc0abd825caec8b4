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

/** The one element with `tag` in a demo's live area, whatever it shows. */
function tagInDemo(user: SimulatedUser, title: string, tag: string): UserElement {
  const [live] = user.findAll({ marker: demoMarker(title) });
  const found = user.findAll({ tag }).filter((el) => isInside(user, el.id, live!.id));
  if (found.length !== 1) throw new Error(`${found.length} <${tag}> in demo ${title}`);
  return found[0]!;
}

function isInside(user: SimulatedUser, id: number, ancestor: number): boolean {
  if (id === ancestor) return true;
  for (const spec of user.tree.elements.values()) if (Object.values(spec.ch ?? {}).some((ids) => ids.includes(id))) return isInside(user, spec.id, ancestor);
  return false;
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

  it('updates a chart series, echoes chart clicks, and draws where the image is clicked', async () => {
    user = new SimulatedUser();
    await user.open('/charts');
    const chart = tagInDemo(user, 'ECharts', 'k-echart');
    await chart.trigger('click', { componentType: 'series', seriesType: 'bar', seriesIndex: 0, seriesName: 'This week', name: 'Tue', dataIndex: 1, value: 65 });
    await user.should.see('This week, Tue: 65');
    const before = chart.prop('series0');
    const lastWeek = chart.prop('series1');
    await inDemo(user, 'ECharts', 'New week').click();
    expect(chart.prop('series0')).not.toEqual(before);
    expect(chart.prop('series1')).toBe(lastWeek);

    const image = tagInDemo(user, 'Interactive image', 'k-interactive-image');
    await image.trigger('click', { type: 'click', imageX: 120, imageY: 80, button: 0, buttons: 0 });
    await user.should.see('Dots: 1, the last at (120, 80)');
    expect(image.prop('content')).toContain('<circle cx="120" cy="80"');

    await inDemo(user, 'Code', 'Name').type(' and friends');
    expect(tagInDemo(user, 'Code', 'k-code').prop('innerHTML')).toContain('Kite and friends');
  });

  it('receives uploads, offers downloads, and updates a notification until the work is done', async () => {
    user = new SimulatedUser({ timeout: 5_000 });
    await user.open('/files');
    await tagInDemo(user, 'Upload', 'q-uploader').upload({ name: 'hello.txt', type: 'text/plain', content: 'hello, kite' });
    await user.should.see('Received hello.txt: 11 bytes');
    await inDemo(user, 'Download', 'Download note.txt').click();
    expect(user.downloads.map((d) => d.filename)).toEqual(['note.txt']);
    expect(await user.downloads[0]!.text()).toBe('Written in the Kite gallery.');

    await user.open('/feedback');
    await inDemo(user, 'Notification', 'Export').click();
    const job = user.find({ tag: 'k-notification' });
    expect([job.prop('message'), job.prop('type')]).toEqual(['Exporting… 0%', 'ongoing']);
    // The source shows the same words: look at the notification itself.
    await user.should.see({ tag: 'k-notification', text: 'Exporting… 50%' });
    await user.should.see({ tag: 'k-notification', text: 'Exported' });
    expect([job.prop('type'), job.prop('timeout')]).toEqual(['positive', 3000]);
  });

  it('hears keys, uses the clipboard, switches theme and navigates sub pages', async () => {
    user = new SimulatedUser();
    await user.open('/browser');
    await user.pressKey('k', { code: 'KeyK' });
    await user.should.see('Last key: k (KeyK)');

    await inDemo(user, 'Clipboard', 'Copy').click();
    await user.settle();
    expect(user.clipboard).toBe('Hello from Kite');
    user.clipboard = 'pasted by the user';
    await inDemo(user, 'Clipboard', 'Read back').click();
    await user.should.see('Clipboard: pasted by the user');

    await inDemo(user, 'Dark mode', 'Dark').click();
    expect(tagInDemo(user, 'Dark mode', 'k-dark-mode').value).toBe(true);
    await inDemo(user, 'Colors', 'pine').click();
    expect(tagInDemo(user, 'Colors', 'k-colors').prop('colors')).toMatchObject({ pine: '#00897b', primary: '#00897b' });

    await inDemo(user, 'Sub pages', 'Apple').trigger('click.exact.prevent');
    await user.should.see('Sub page: apple');
    expect(tagInDemo(user, 'Sub pages', 'k-sub-pages').prop('url')).toBe('/browser/fruits/apple');
    await user.open('/browser/fruits/pear');
    await user.should.see('Sub page: pear');
  });

  it('keeps bound elements in step with their model, and runs a custom component', async () => {
    user = new SimulatedUser();
    await user.open('/binding');
    const name = inDemo(user, 'Binding', 'Name');
    await name.clear();
    await name.type('Ann');
    await user.should.see('Hello, Ann!');
    await tagInDemo(user, 'Binding', 'q-slider').setValue(40);
    await user.should.see('40 px');
    expect(tagInDemo(user, 'Binding', 'q-icon').prop('size')).toBe('40px');
    await inDemo(user, 'Binding', 'Reset').click();
    await user.should.see('Hello, Kite!');
    expect([name.value, tagInDemo(user, 'Binding', 'q-slider').value]).toEqual(['Kite', 24]);

    // The input and the label bound to it show the note; unticking the box hides the label.
    expect(allInDemo(user, 'Binding elements', 'Bound to the label below')).toHaveLength(2);
    await inDemo(user, 'Binding elements', 'Show details').click();
    expect(allInDemo(user, 'Binding elements', 'Bound to the label below')).toHaveLength(1);

    await tagInDemo(user, 'Custom component', 'k-color-swatch').trigger('change', '#43a047');
    await user.should.see('Picked #43a047');
    expect(tagInDemo(user, 'Custom component', 'k-color-swatch').prop('color')).toBe('#43a047');
  });
});
