import { describe, expect, it } from 'vitest';
import { Header, ui } from '../../../framework/index.js';
import { openPage } from './support.js';

describe('ui.header', () => {
  it('goes into the page layout even when created inside other elements', async () => {
    let loggedOut = false;
    const user = await openPage(() =>
      ui.card(() =>
        ui.header({ elevated: true }, () => {
          ui.label('My app');
          ui.button('Log out', () => (loggedOut = true));
        }),
      ),
    );
    const header = user.find({ kind: Header });
    expect(header.spec.tag).toBe('q-header');
    expect(header.prop('elevated')).toBe(true);
    expect(user.tree.elements.get(user.tree.root)!.ch!.default).toContain(header.id);
    expect(user.find('My app').element.parent).toBe(header.element);
    await user.find('Log out').click();
    expect(loggedOut).toBe(true);
  });
});
