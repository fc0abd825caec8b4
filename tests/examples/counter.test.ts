import { describe, expect, it } from 'vitest';
import { counterPages } from '../../examples/counter.js';
import { SimulatedUser } from '../../framework/testing/index.js';

describe('counter example', () => {
  it('counts clicks on Increment', async () => {
    const user = new SimulatedUser({ pages: counterPages });
    await user.open('/');
    for (let i = 0; i < 3; i++) await user.find('Increment').click();
    expect(user.find({ text: '3' }).classes).toContain('bench-counter');
    user.close();
  });

  it('renders n labels on /many and changes only the middle one', async () => {
    const user = new SimulatedUser({ pages: counterPages });
    await user.open('/many?n=11');
    expect(user.findAll({ tag: 'div' }).filter((e) => e.text.startsWith('label '))).toHaveLength(10);
    await user.find('Increment').click();
    const counter = user.findAll({ tag: 'div' }).find((e) => e.classes.includes('bench-counter'))!;
    expect(counter.text).toBe('1');
    expect(user.find('label 4').text).toBe('label 4');
    user.close();
  });
});
