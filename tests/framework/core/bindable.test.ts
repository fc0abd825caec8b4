import { describe, expect, it } from 'vitest';
import { subscriberCount } from '../../../framework/core/binding.js';
import { Button, Input, Label, NumberInput, PageRegistry, observable, ui } from '../../../framework/index.js';
import { SimulatedUser } from '../../../framework/testing/index.js';
import type { Op } from '../../../framework/protocol/messages.js';
import { openPage, recordFrames } from '../elements/support.js';

/** The ops a tab received in the recorded frames that concern one element. */
function opsFor(frames: string[], id: number): Op[] {
  return frames.flatMap((text) => (JSON.parse(text) as [string, number, Op[]])[2]).filter((op) => op[1] === id);
}

describe('element bindings, as a user sees them', () => {
  it('two-way: what the user types reaches the model and a label bound to it, and is not echoed back', async () => {
    const model = observable({ name: 'Ann' });
    const user = await openPage(() => {
      ui.input({ label: 'Name' }).bindValue(model, 'name');
      ui.label().bindTextFrom(model, 'name', (name) => `Hello, ${name}!`);
    });
    const field = user.find({ kind: Input });
    expect(field.value).toBe('Ann');
    await user.should.see('Hello, Ann!');
    const frames = recordFrames(user);
    await field.type('e');
    expect(model.name).toBe('Anne');
    await user.should.see('Hello, Anne!');
    expect(opsFor(frames, field.id)).toEqual([]);
  });

  it('a forward transform changes the model, not what the user is typing', async () => {
    const account = observable({ email: '' });
    const user = await openPage(() => {
      ui.input({ label: 'Email' }).bindValue(account, 'email', { forward: (typed) => typed.trim().toLowerCase() });
      ui.label().bindTextFrom(account, 'email', (email) => `Saved as ${email}`);
    });
    const frames = recordFrames(user);
    const field = user.find('Email');
    await field.type('Ann@Example.org ');
    expect(account.email).toBe('ann@example.org');
    await user.should.see('Saved as ann@example.org');
    expect(field.value).toBe('Ann@Example.org ');
    expect(opsFor(frames, field.id)).toEqual([]);
  });

  it('a model changed on the server updates every bound element at once', async () => {
    const model = observable({ name: 'Ann' });
    const user = await openPage(() => {
      ui.input({ label: 'Name' }).bindValue(model, 'name');
      ui.label().bindTextFrom(model, 'name');
    });
    model.name = 'Bob'; // outside any page, as a timer or a REST handler would
    await user.should.see({ kind: Label, text: 'Bob' });
    expect(user.find({ kind: Input }).value).toBe('Bob');
  });

  it('change handlers of a bound input run in its own page when the model changes outside any page', async () => {
    const game = observable({ level: 1 });
    const user = await openPage(() => {
      ui.number({ label: 'Level', onChange: (e) => ui.notify(`Level ${e.value}`) }).bindValueFrom(game, 'level');
    });
    game.level = 3;
    await user.should.seeNotification('Level 3');
  });

  it('a model shared by two tabs carries one user\'s typing to the other tab only', async () => {
    const model = observable({ note: '' });
    const pages = new PageRegistry();
    pages.add('/', () => {
      ui.input({ label: 'Note' }).bindValue(model, 'note');
      ui.label().bindTextFrom(model, 'note', (note) => `Note: ${note}`);
    });
    const [ann, bob] = [new SimulatedUser({ pages }), new SimulatedUser({ pages })];
    await ann.open('/');
    await bob.open('/');
    const annFrames = recordFrames(ann);
    await ann.find({ kind: Input }).type('milk');
    await bob.should.see('Note: milk');
    expect(bob.find({ kind: Input }).value).toBe('milk');
    await ann.should.see('Note: milk');
    expect(opsFor(annFrames, ann.find({ kind: Input }).id)).toEqual([]);
    ann.close();
    bob.close();
    expect(subscriberCount(model)).toBe(0);
  });

  it('transforms convert both ways: a number model shown in a number input and a label', async () => {
    const cart = observable({ count: 2 });
    const user = await openPage(() => {
      ui.number({ label: 'Count' }).bindValue(cart, 'count', { forward: (value) => value ?? 0, backward: (count) => count });
      ui.label().bindTextFrom(cart, 'count', (count) => `${count} item${count === 1 ? '' : 's'}`);
    });
    await user.should.see('2 items');
    await user.find({ kind: NumberInput }).setValue(1);
    expect(cart.count).toBe(1);
    await user.should.see('1 item');
    await user.find({ kind: NumberInput }).setValue(null);
    expect(cart.count).toBe(0);
    await user.should.see('0 items');
  });

  it('visibility and enabled state follow the model: a checkbox reveals and enables buttons', async () => {
    const form = observable({ agreed: false });
    const user = await openPage(() => {
      ui.checkbox('I agree').bindValue(form, 'agreed');
      ui.button('Continue').bindVisibilityFrom(form, 'agreed');
      ui.button('Submit', () => {}).bindEnabledFrom(form, 'agreed');
      ui.label('Please agree first').bindVisibilityFrom(form, 'agreed', (agreed) => !agreed);
    });
    await user.should.notSee('Continue');
    expect(user.find('Submit').prop('disable')).toBe(true);
    await user.find('I agree').click();
    expect(form.agreed).toBe(true);
    await user.should.see('Continue');
    await user.should.notSee('Please agree first');
    expect(user.find('Submit').prop('disable')).toBeUndefined();
  });

  it('a label follows an input directly, and a prop follows a model', async () => {
    const theme = observable({ color: 'primary' });
    const user = await openPage(() => {
      const input = ui.input({ label: 'Title' });
      ui.label().bindTextFrom(input, 'value', (title) => title.toUpperCase()).mark('title');
      ui.button('Go').bindPropFrom('color', theme, 'color');
    });
    await user.find('Title').type('kite');
    await user.should.see('KITE');
    expect(user.find('Go').prop('color')).toBe('primary');
    theme.color = 'negative';
    await user.settle();
    expect(user.find('Go').prop('color')).toBe('negative');
  });

  it('one-way to a model: typing fills the model, server changes to the model stay out of the field', async () => {
    const query = observable({ text: '' });
    const user = await openPage(() => ui.input({ label: 'Search' }).bindValueTo(query, 'text', (text) => text.trim()));
    await user.find('Search').type('  kite ');
    expect(query.text).toBe('kite');
    query.text = 'other';
    await user.settle();
    expect(user.find('Search').value).toBe('  kite ');
  });

  it('a failing transform is reported and the other bindings still update', async () => {
    const model = observable({ n: 1 });
    const user = await openPage(() => {
      ui.label().bindTextFrom(model, 'n', (n) => {
        if (n > 1) throw new Error('too big');
        return n;
      });
      ui.label().bindTextFrom(model, 'n', (n) => `n = ${n}`);
    });
    model.n = 2;
    await user.should.see('n = 2');
    expect(user.logger.lines.some((line) => line.includes('too big') && line.includes('binding'))).toBe(true);
  });

  it('bindings are typed: keys of the model, values of the element\'s type', async () => {
    const model = observable({ name: 'Ann', count: 1, shown: true });
    const user = await openPage(() => {
      const input = ui.input();
      const label = ui.label();
      // @ts-expect-error: not a key of the model
      label.bindTextFrom(model, 'nmae');
      // @ts-expect-error: a text input cannot hold a number without transforms
      input.bindValue(model, 'count');
      input.bindValue(model, 'count', { forward: Number, backward: String });
      // @ts-expect-error: the transform must give a boolean
      label.bindVisibilityFrom(model, 'name', (name) => name.length);
      // @ts-expect-error: a label's text can be followed, not its tag
      label.bindTextFrom(input, 'tag');
      ui.button('x').bindVisibilityTo(model, 'shown');
      // @ts-expect-error: visibility is a boolean, `name` a string
      ui.button('y').bindVisibilityTo(model, 'name');
      expect(input.value).toBe('1');
    });
    expect(user.find({ kind: Button, text: 'x' })).toBeDefined();
  });
});
