import { describe, expect, it } from 'vitest';
import { closeAction } from '../../client-runtime/close-action.js';

describe('closeAction', () => {
  it('maps close codes', () => {
    expect(closeAction(4404)).toEqual({ kind: 'reload' });
    expect(closeAction(4408).kind).toBe('reconnect');
    expect(closeAction(4429).kind).toBe('reconnect');
    expect(closeAction(1006).kind).toBe('reconnect');
    expect(closeAction(4001).kind).toBe('stop');
    expect(closeAction(4409).kind).toBe('fatal');
    expect(closeAction(1012)).toEqual({ kind: 'reconnect', reason: 'restarting' });
    expect(closeAction(4410)).toEqual({ kind: 'reload' });
  });
});
