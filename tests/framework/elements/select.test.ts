import { describe, expect, it } from 'vitest';
import { Select, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.select', () => {
  it('takes options as a list, a record or label/value pairs, and emits the value', async () => {
    const user = await openPage(() => {
      ui.select(['red', 'green'], { label: 'List' });
      ui.select({ de: 'German', fr: 'French' }, { label: 'Record' });
      ui.select([{ label: 'One', value: 1 }, { label: 'Two', value: 2 }], { label: 'Pairs', value: 2 });
    });
    expect(user.find('List').prop('options')).toEqual([{ label: 'red', value: 'red' }, { label: 'green', value: 'green' }]);
    expect(user.find('Record').prop('options')).toEqual([{ label: 'German', value: 'de' }, { label: 'French', value: 'fr' }]);
    const pairs = user.find('Pairs');
    expect([pairs.spec.tag, pairs.value, pairs.prop('emitValue'), pairs.prop('mapOptions')]).toEqual(['q-select', 2, true, true]);
  });

  it('accepts known options and rejects a forged value, showing the server value again', async () => {
    const chosen: (string | null)[] = [];
    const user = await openPage(() => ui.select({ de: 'German', fr: 'French' }, { label: 'Language', value: 'de', onChange: (e) => chosen.push(e.value) }));
    const select = user.find('Language');
    await select.setValue('fr');
    await select.setValue('xx');
    await select.setValue(null);
    await select.setValue(['de']);
    expect(chosen).toEqual(['fr']);
    expect((select.element as Select).value).toBe('fr');
    expect(select.value).toBe('fr');
  });

  it('handles multiple values: only known ones, no duplicates, cleared to an empty list', async () => {
    const chosen: string[][] = [];
    const user = await openPage(() =>
      ui.select(['a', 'b', 'c'], { label: 'Tags', multiple: true, clearable: true, onChange: (e) => chosen.push(e.value) }),
    );
    const select = user.find('Tags');
    expect(select.value).toEqual([]);
    await select.setValue(['a', 'c', 'a']);
    await select.setValue(['a', 'zzz']);
    await select.setValue('a');
    await select.setValue(null);
    expect(chosen).toEqual([['a', 'c'], []]);
  });

  it('drops a value that is no longer an option when the options change', async () => {
    let select!: Select<string, string | null>;
    const user = await openPage(() => {
      select = ui.select(['small', 'large'], { label: 'Size', value: 'large' });
      ui.button('Only small', () => (select.options = ['small']));
    });
    await user.find('Only small').click();
    expect(user.find('Size').value).toBeNull();
    expect(user.find('Size').prop('options')).toEqual([{ label: 'small', value: 'small' }]);
    await user.find('Size').setValue('large');
    expect(select.value).toBeNull();
  });

  it('does not accept a disabled option', async () => {
    const user = await openPage(() => ui.select([{ label: 'Free', value: 'free' }, { label: 'Pro', value: 'pro', disable: true }], { label: 'Plan' }));
    await user.find('Plan').setValue('pro');
    expect((user.find('Plan').element as Select).value).toBeNull();
  });
});
