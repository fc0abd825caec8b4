import { describe, expect, it } from 'vitest';
import { CustomComponent, defineComponent, ui } from '../../../framework/index.js';
import { nextTurn, recordingClient } from '../../support/client.js';
import { openPage, recordFrames } from './support.js';

interface RatingProps {
  stars: number;
  caption?: string;
}
type RatingEvents = { rate: [stars: number]; reset: [] };

const starRating = defineComponent<RatingProps, RatingEvents>('k-star-rating', {
  events: {
    rate: ([stars]) => (Number.isInteger(stars) && (stars as number) >= 0 && (stars as number) <= 5 ? [stars as number] : undefined),
    reset: () => [],
  },
});

describe('defineComponent', () => {
  it('creates elements of the tag with their props, children in the default slot', async () => {
    const user = await openPage(() => starRating({ stars: 3, caption: 'Service' }, () => ui.label('inside')));
    const rating = user.find({ kind: CustomComponent });
    expect([rating.spec.tag, rating.prop('stars'), rating.prop('caption')]).toEqual(['k-star-rating', 3, 'Service']);
    expect(user.visibleText()).toContain('inside');
  });

  it('sends only the props that changed', async () => {
    const { client, frames } = recordingClient();
    const rating = client.build(() => starRating({ stars: 3, caption: 'Service' }));
    await nextTurn();
    rating.set({ stars: 4, caption: 'Service' });
    await nextTurn();
    expect(frames.at(-1)!.ops).toEqual([['u', rating.id, { p: { stars: 4 } }]]);
    expect(rating.get('stars')).toBe(4);
  });

  it("runs the handler of an emitted event with checked arguments, and drops what fails the check", async () => {
    const rated: number[] = [];
    let resets = 0;
    const user = await openPage(() => {
      const rating = starRating({ stars: 0 });
      rating.on('rate', ({ args: [stars], sender }) => {
        rated.push(stars);
        sender.set({ stars });
      });
      rating.on('reset', () => resets++);
    });
    const rating = user.find({ kind: CustomComponent });
    const frames = recordFrames(user);
    await rating.trigger('rate', 4);
    await rating.trigger('rate', 9);
    await rating.trigger('rate', '4');
    await rating.trigger('reset');
    expect(rated).toEqual([4]);
    expect(resets).toBe(1);
    expect(rating.prop('stars')).toBe(4);
    expect(user.client.dropped).toBe(2);
    expect(frames.join()).toContain('"stars":4');
  });

  it('stops listening with off, one handler at a time', async () => {
    const calls: string[] = [];
    const first = () => calls.push('first');
    const user = await openPage(() => starRating({ stars: 1 }).on('reset', first).on('reset', () => calls.push('second')));
    const rating = user.find({ kind: CustomComponent });
    (rating.element as ReturnType<typeof starRating>).off('reset', () => calls.push('unknown')).off('reset', first);
    await rating.trigger('reset');
    expect(calls).toEqual(['second']);
  });

  it('refuses tags that are not custom component tags, and events without a check', () => {
    expect(() => defineComponent('q-btn')).toThrow(/not a custom component tag/);
    expect(() => defineComponent('k-Bad')).toThrow(/not a custom component tag/);
    const { client } = recordingClient();
    const plain = defineComponent<{ n: number }>('k-plain');
    const el = client.build(() => plain({ n: 1 }));
    expect(() => (el as unknown as CustomComponent<object, { click: [] }>).on('click', () => {})).toThrow(/no check for its "click" event/);
  });
});
