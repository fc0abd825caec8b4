import type { RemountRequest, UpMessage } from './messages.js';
import { MAX_RECOVERED_VALUES } from './recovery.js';

export type ParseResult = { ok: true; message: UpMessage } | { ok: false; reason: string };

const isId = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const MAX_EVENT_NAME = 64;

/** Parses one up message from untrusted text. Never throws. */
export function parseUpMessage(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (!Array.isArray(data) || typeof data[0] !== 'string') return { ok: false, reason: 'not a message array' };
  switch (data[0]) {
    case 'e':
      if (data.length !== 4 || !isId(data[1])) return { ok: false, reason: 'event: bad element id' };
      if (typeof data[2] !== 'string' || data[2].length === 0 || data[2].length > MAX_EVENT_NAME)
        return { ok: false, reason: 'event: bad name' };
      if (!Array.isArray(data[3])) return { ok: false, reason: 'event: args must be an array' };
      return { ok: true, message: ['e', data[1], data[2], data[3]] };
    case 'v':
      if (data.length !== 4 || !isId(data[1])) return { ok: false, reason: 'value: bad element id' };
      if (!isId(data[3])) return { ok: false, reason: 'value: bad edit counter' };
      return { ok: true, message: ['v', data[1], data[2], data[3]] };
    case 'a':
      if (data.length !== 2 || !isId(data[1])) return { ok: false, reason: 'ack: bad seq' };
      return { ok: true, message: ['a', data[1]] };
    case 'r':
      if (data.length !== 3 || !isId(data[1])) return { ok: false, reason: 'result: bad call id' };
      return { ok: true, message: ['r', data[1], data[2]] };
    case 'm':
      return parseRemount(data);
    default:
      return { ok: false, reason: `unknown message type ${JSON.stringify(String(data[0]).slice(0, 8))}` };
  }
}

const MAX_PATH = 2_048;
const MAX_KEY = 1_024;
const MAX_BUILD = 256;

function parseRemount(data: unknown[]): ParseResult {
  const request = data[1] as Partial<RemountRequest> | null;
  if (data.length !== 2 || typeof request !== 'object' || request === null) return { ok: false, reason: 'remount: not a request' };
  const { path, values, build } = request;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.length > MAX_PATH) return { ok: false, reason: 'remount: bad path' };
  if (typeof build !== 'string' || build.length > MAX_BUILD) return { ok: false, reason: 'remount: bad build' };
  if (!Array.isArray(values) || values.length > MAX_RECOVERED_VALUES) return { ok: false, reason: 'remount: bad values' };
  for (const entry of values as unknown[])
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || entry[0].length > MAX_KEY) return { ok: false, reason: 'remount: bad value entry' };
  return { ok: true, message: ['m', { path, values, build }] };
}
