import { describe, expect, it } from 'vitest';
import { chartUpdate, seriesOf, type ChartState } from '../../../client-runtime/components/echart-update.js';

const axis = { xAxis: { type: 'category' }, yAxis: {} };
const bar = { type: 'bar', data: [1, 2] };
const line = { type: 'line', data: [3, 4] };
const shown: ChartState = { options: axis, series: [bar, line] };

describe('seriesOf', () => {
  it('orders the series props by index and ignores other props', () => {
    expect(seriesOf({ series1: line, class: 'x', series0: bar, options: axis })).toEqual([bar, line]);
  });
});

describe('chartUpdate', () => {
  it('draws everything the first time, each series with a stable id', () => {
    expect(chartUpdate({ options: {}, series: [] }, shown)).toEqual({
      option: { ...axis, series: [{ ...bar, id: 'kite-series-0' }, { ...line, id: 'kite-series-1' }] },
      notMerge: false,
    });
  });

  it('does nothing when no prop changed', () => {
    expect(chartUpdate(shown, { options: axis, series: [bar, line] })).toBeUndefined();
  });

  it('merges one changed series, naming the others by id only', () => {
    const changed = { ...line, data: [3, 4, 5] };
    expect(chartUpdate(shown, { options: axis, series: [bar, changed] })).toEqual({
      option: { series: [{ id: 'kite-series-0' }, { ...changed, id: 'kite-series-1' }] },
      notMerge: false,
    });
  });

  it('merges changed options and an added series', () => {
    const options = { ...axis, title: { text: 'T' } };
    const added = { type: 'pie', id: 'share', data: [] };
    expect(chartUpdate(shown, { options, series: [bar, line, added] })).toEqual({
      option: { ...options, series: [{ id: 'kite-series-0' }, { id: 'kite-series-1' }, added] },
      notMerge: false,
    });
  });

  it('starts over when a series, a top-level option or a series id went away', () => {
    expect(chartUpdate(shown, { options: axis, series: [bar] })).toEqual({ option: { ...axis, series: [{ ...bar, id: 'kite-series-0' }] }, notMerge: true });
    expect(chartUpdate(shown, { options: { yAxis: {} }, series: [bar, line] })?.notMerge).toBe(true);
    expect(chartUpdate(shown, { options: axis, series: [bar, { ...line, id: 'renamed' }] })?.notMerge).toBe(true);
  });
});
