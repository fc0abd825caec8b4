import { describe, expect, it, vi } from 'vitest';
import { modifierGuard, parseListenerName } from '../../client-runtime/keys.js';

describe('parseListenerName', () => {
  it.each([
    ['click', 'click', 'onClick', []],
    ['update:pagination', 'update:pagination', 'onUpdate:pagination', []],
    ['update:model-value', 'update:model-value', 'onUpdate:modelValue', []],
    ['virtual-scroll', 'virtual-scroll', 'onVirtualScroll', []],
    ['keydown.enter', 'keydown', 'onKeydown', ['enter']],
    ['keyup.esc', 'keyup', 'onKeyup', ['esc']],
    ['click.ctrl.prevent', 'click', 'onClick', ['ctrl', 'prevent']],
    ['click.once', 'click', 'onClickOnce', []],
    ['scroll.passive.capture', 'scroll', 'onScrollPassiveCapture', []],
    ['click.constructor.tostring', 'click', 'onClick', ['constructor', 'tostring']],
  ])('%s', (name, event, prop, modifiers) => {
    expect(parseListenerName(name)).toEqual({ event, prop, modifiers });
  });
});

const key = (k: string, extra: Record<string, unknown> = {}) => ({ key: k, ...extra });

describe('modifierGuard', () => {
  it('passes everything without modifiers, plain data included', () => {
    const guard = modifierGuard('update:modelValue', []);
    expect(guard('text')).toBe(true);
    expect(guard(undefined)).toBe(true);
  });

  it('filters keys by hyphenated event.key and Vue aliases', () => {
    expect(modifierGuard('keydown', ['enter'])(key('Enter'))).toBe(true);
    expect(modifierGuard('keydown', ['enter'])(key('a'))).toBe(false);
    expect(modifierGuard('keyup', ['esc'])(key('Escape'))).toBe(true);
    expect(modifierGuard('keydown', ['page-down'])(key('PageDown'))).toBe(true);
    expect(modifierGuard('keydown', ['space'])(key(' '))).toBe(true);
    expect(modifierGuard('keydown', ['delete'])(key('Backspace'))).toBe(true);
    expect(modifierGuard('keydown', ['delete'])(key('Delete'))).toBe(true);
    expect(modifierGuard('keydown', ['left'])(key('ArrowLeft'))).toBe(true);
    expect(modifierGuard('keydown', ['enter', 'tab'])(key('Tab'))).toBe(true);
  });

  it('knows no key or button named after a member of every object', () => {
    expect(modifierGuard('keydown', ['constructor'])(key('Enter'))).toBe(false);
    expect(modifierGuard('keydown', ['toString'])(key('to-string'))).toBe(false);
    expect(modifierGuard('keydown', ['constructor'])(key('constructor'))).toBe(true);
    expect(modifierGuard('click', ['valueOf'])({ button: 0 })).toBe(false);
  });

  it('blocks non-events when a modifier is required', () => {
    expect(modifierGuard('keydown', ['enter'])('Enter')).toBe(false);
    expect(modifierGuard('keydown', ['enter'])({})).toBe(false);
  });

  it('checks system keys and exact', () => {
    const ctrlEnter = modifierGuard('keydown', ['ctrl', 'enter']);
    expect(ctrlEnter(key('Enter', { ctrlKey: true }))).toBe(true);
    expect(ctrlEnter(key('Enter'))).toBe(false);
    const exact = modifierGuard('click', ['ctrl', 'exact']);
    expect(exact({ ctrlKey: true })).toBe(true);
    expect(exact({ ctrlKey: true, shiftKey: true })).toBe(false);
    expect(modifierGuard('click', ['exact'])({ altKey: true })).toBe(false);
  });

  it('treats left/middle/right as mouse buttons outside keyboard events', () => {
    const right = modifierGuard('click', ['right']);
    expect(right({ button: 2 })).toBe(true);
    expect(right({ button: 0 })).toBe(false);
  });

  it('checks self', () => {
    const self = modifierGuard('click', ['self']);
    const target = {};
    expect(self({ target, currentTarget: target })).toBe(true);
    expect(self({ target, currentTarget: {} })).toBe(false);
  });

  it('stops and prevents only events that pass', () => {
    const guard = modifierGuard('keydown', ['enter', 'stop', 'prevent']);
    const passing = { key: 'Enter', stopPropagation: vi.fn(), preventDefault: vi.fn() };
    const failing = { key: 'a', stopPropagation: vi.fn(), preventDefault: vi.fn() };
    expect(guard(passing)).toBe(true);
    expect(guard(failing)).toBe(false);
    expect(passing.stopPropagation).toHaveBeenCalledOnce();
    expect(passing.preventDefault).toHaveBeenCalledOnce();
    expect(failing.preventDefault).not.toHaveBeenCalled();
  });
});
