import type { z } from 'zod';

/** Where a value came from, as in FastAPI's `loc` (`["body", "email"]`, `["path", "user_id"]`). */
export type Source = 'path' | 'query' | 'body';

/** One entry of a 422 response, shaped like FastAPI's so existing clients can read it. */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** Thrown when a request does not match its route contract; rendered as 422 `{detail: issues}`. */
export class RequestValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super('Request validation failed');
    this.name = 'RequestValidationError';
  }
}

export const jsonDecodeIssue: ValidationIssue = { loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' };

/** Validates one part of a request; returns the parsed value or the issues found. */
export function validatePart(
  schema: z.ZodType,
  source: Source,
  input: unknown,
): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => toIssue(issue, source, input)) };
}

function toIssue(issue: z.core.$ZodIssue, source: Source, input: unknown): ValidationIssue {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const loc = [source, ...path];
  const missing = issue.code === 'invalid_type' && valueAt(input, path) === undefined;
  if (missing) return { loc, msg: 'Field required', type: 'missing' };
  return { loc, ...describe(issue) };
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Pydantic-style wording and types, which FastAPI clients already display. */
function describe(issue: z.core.$ZodIssue): { msg: string; type: string } {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue.expected);
    case 'too_small':
      return issue.origin === 'string'
        ? { msg: `String should have at least ${plural(Number(issue.minimum), 'character')}`, type: 'string_too_short' }
        : { msg: `Input should be greater than or equal to ${issue.minimum}`, type: 'greater_than_equal' };
    case 'too_big':
      return issue.origin === 'string'
        ? { msg: `String should have at most ${plural(Number(issue.maximum), 'character')}`, type: 'string_too_long' }
        : { msg: `Input should be less than or equal to ${issue.maximum}`, type: 'less_than_equal' };
    case 'invalid_format':
      if (issue.format === 'email') return { msg: 'value is not a valid email address', type: 'value_error' };
      if (issue.format === 'uuid') return { msg: 'Input should be a valid UUID', type: 'uuid_parsing' };
      return { msg: `Input should match the ${issue.format} format`, type: 'string_pattern_mismatch' };
    case 'invalid_value':
      return { msg: `Input should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`, type: 'literal_error' };
    default:
      return { msg: issue.message, type: issue.code };
  }
}

function invalidType(expected: string): { msg: string; type: string } {
  switch (expected) {
    case 'string':
      return { msg: 'Input should be a valid string', type: 'string_type' };
    case 'number':
    case 'int':
      return { msg: 'Input should be a valid integer', type: 'int_parsing' };
    case 'boolean':
      return { msg: 'Input should be a valid boolean', type: 'bool_type' };
    case 'object':
      return { msg: 'Input should be a valid dictionary or object', type: 'model_attributes_type' };
    default:
      return { msg: `Input should be a valid ${expected}`, type: `${expected}_type` };
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
