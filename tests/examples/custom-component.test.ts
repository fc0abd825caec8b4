import { describe, expect, it } from 'vitest';
import { customComponentPages } from '../../examples/custom-component.js';
import { CustomComponent } from '../../framework/index.js';
import { SimulatedUser } from '../../framework/testing/index.js';

describe('custom component example', () => {
  it('shows the swatch, follows the server and picks a colour of the palette only', async () => {
    const user = new SimulatedUser({ pages: customComponentPages });
    await user.open('/');
    const swatch = user.find({ kind: CustomComponent });
    expect([swatch.spec.tag, swatch.prop('color')]).toEqual(['k-color-swatch', '#e53935']);
    await user.find('Next colour').click();
    expect(swatch.prop('color')).toBe('#43a047');
    await swatch.trigger('change', '#1e88e5');
    expect([swatch.prop('color'), user.find({ text: 'Picked #1e88e5' }).text]).toEqual(['#1e88e5', 'Picked #1e88e5']);
    await swatch.trigger('change', '#123456');
    await swatch.trigger('change', 'red');
    expect(swatch.prop('color')).toBe('#1e88e5');
    user.close();
  });
});
