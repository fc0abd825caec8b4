import { describe, expect, it } from 'vitest';
import { parseUpMessage } from '../../../framework/protocol/validate.js';

describe('parseUpMessage', () => {
  it.each([
    ['["e",3,"click",[]]', ['e', 3, 'click', []]],
    ['["v",3,"abc",7]', ['v', 3, 'abc', 7]],
    ['["a",12]', ['a', 12]],
    ['["r",1,{"x":1}]', ['r', 1, { x: 1 }]],
  ])('accepts %s', (text, message) => {
    expect(parseUpMessage(text)).toEqual({ ok: true, message });
  });

  it.each([
    ['not json', 'not JSON'],
    ['{"a":1}', 'not a message array'],
    ['["e",-1,"click",[]]', 'event: bad element id'],
    ['["e",1.5,"click",[]]', 'event: bad element id'],
    ['["e",1,"",[]]', 'event: bad name'],
    [`["e",1,"${'x'.repeat(65)}",[]]`, 'event: bad name'],
    ['["e",1,"click",{}]', 'event: args must be an array'],
    ['["v",1,"x"]', 'value: bad element id'],
    ['["v",1,"x",-2]', 'value: bad edit counter'],
    ['["a","7"]', 'ack: bad seq'],
    ['["z"]', 'unknown message type "z"'],
  ])('rejects %s with a reason', (text, reason) => {
    expect(parseUpMessage(text)).toEqual({ ok: false, reason });
  });
});
