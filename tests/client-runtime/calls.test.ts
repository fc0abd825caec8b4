import { describe, expect, it, vi } from 'vitest';
import type { NotifyOptions } from '../../framework/protocol/messages.js';
import { navigableUrl, notifyOptions, runCall, sameOriginUrl, type CallEnvironment } from '../../client-runtime/calls.js';

function env(instances: Record<number, unknown> = {}) {
  const results: unknown[][] = [];
  const notify = vi.fn();
  const environment: CallEnvironment = {
    notify,
    instances: new Map(Object.entries(instances).map(([id, value]) => [Number(id), value])),
    sendResult: (call, result) => void results.push([call, result]),
  };
  return { environment, results, notify };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('notify', () => {
  it('passes known options as plain text only', () => {
    const { environment, notify } = env();
    const sneaky = { message: '<b>hi</b>', type: 'positive', html: true, actions: [{ handler: 'x' }] } as unknown as NotifyOptions;
    runCall(['c', 'notify', sneaky], environment);
    expect(notify).toHaveBeenCalledWith({ message: '<b>hi</b>', type: 'positive', html: false });
    expect(notifyOptions({ message: 'x', timeout: 0, caption: 'c' })).toEqual({ message: 'x', timeout: 0, caption: 'c', html: false });
  });
});

describe('method calls', () => {
  it('calls the method, awaits its result and sends it back JSON-safe', async () => {
    const dialog = { shown: false, show: vi.fn(async function (this: { shown: boolean }) { this.shown = true; return { ok: true, fn: () => 1 }; }) };
    const { environment, results } = env({ 4: dialog });
    runCall(['c', 'method', { id: 4, name: 'show', args: [1], call: 9 }], environment);
    await settle();
    expect(dialog.show).toHaveBeenCalledWith(1);
    expect(dialog.shown).toBe(true);
    expect(results).toEqual([[9, { ok: true }]]);
  });

  it('answers null for a missing element or method, and nothing without a call id', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { environment, results } = env({ 4: { hide: 'not a function' } });
    runCall(['c', 'method', { id: 4, name: 'hide', call: 1 }], environment);
    runCall(['c', 'method', { id: 5, name: 'show', call: 2 }], environment);
    runCall(['c', 'method', { id: 5, name: 'show' }], environment);
    await settle();
    expect(results).toEqual([
      [1, null],
      [2, null],
    ]);
    warn.mockRestore();
  });

  it('finds no method named after a member of every object', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { environment, results } = env({ 4: { show: () => 'shown' } });
    runCall(['c', 'method', { id: 4, name: 'toString', call: 1 }], environment);
    runCall(['c', 'method', { id: 4, name: 'constructor', args: ['x'], call: 2 }], environment);
    runCall(['c', 'method', { id: 4, name: 'show', call: 3 }], environment);
    await settle();
    expect(results).toEqual([
      [1, null],
      [2, null],
      [3, 'shown'],
    ]);
    warn.mockRestore();
  });
});

describe('clipboard calls', () => {
  it('always answer the call, with the text read or the reason for a refusal', async () => {
    const { environment, results } = env();
    environment.clipboard = { readText: async () => 'pasted', writeText: async () => undefined };
    runCall(['c', 'clipboard', { op: 'read', call: 3 }], environment);
    runCall(['c', 'clipboard', { op: 'write', text: 'x', call: 4 }], environment);
    await settle();
    environment.clipboard = undefined;
    runCall(['c', 'clipboard', { op: 'read', call: 5 }], environment);
    await settle();
    expect(results).toEqual([
      [3, { text: 'pasted' }],
      [4, { ok: true }],
      [5, { error: expect.stringContaining('https or localhost') }],
    ]);
  });
});

describe('URL checks', () => {
  const base = 'https://app.example/page?x=1';

  it('navigates only to http(s)', () => {
    expect(navigableUrl('/other', base)?.href).toBe('https://app.example/other');
    expect(navigableUrl('https://elsewhere.example/', base)?.href).toBe('https://elsewhere.example/');
    expect(navigableUrl('javascript:alert(1)', base)).toBeUndefined();
    expect(navigableUrl('data:text/html,x', base)).toBeUndefined();
  });

  it('downloads and loads scripts only from the same origin', () => {
    expect(sameOriginUrl('/files/a.csv', base)?.href).toBe('https://app.example/files/a.csv');
    expect(sameOriginUrl('https://elsewhere.example/a.js', base)).toBeUndefined();
    expect(sameOriginUrl('//elsewhere.example/a.js', base)).toBeUndefined();
  });
});
