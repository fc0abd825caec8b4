import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { queryInt } from '../../openapi/schemas.js';
import { validatePart } from '../../openapi/validation.js';

const issuesOf = (schema: z.ZodType, input: unknown, source: 'path' | 'query' | 'body' = 'body') => {
  const result = validatePart(schema, source, input);
  if (result.ok) throw new Error('expected validation to fail');
  return result.issues;
};

describe('validatePart', () => {
  it('returns the parsed value when valid', () => {
    expect(validatePart(z.object({ n: queryInt(z.int()) }), 'query', { n: '7' })).toEqual({ ok: true, value: { n: 7 } });
  });

  it('reports a missing field as FastAPI does', () => {
    expect(issuesOf(z.object({ title: z.string() }), {})).toEqual([{ loc: ['body', 'title'], msg: 'Field required', type: 'missing' }]);
  });

  it('reports a missing nested field with its full location', () => {
    const schema = z.object({ owner: z.object({ name: z.string() }) });
    expect(issuesOf(schema, { owner: {} })).toEqual([{ loc: ['body', 'owner', 'name'], msg: 'Field required', type: 'missing' }]);
  });

  it('reports null for a required value as a type error, not as missing', () => {
    expect(issuesOf(z.object({ title: z.string() }), { title: null })[0]).toMatchObject({ type: 'string_type' });
  });

  it.each([
    [z.string().min(3), 'ab', 'String should have at least 3 characters', 'string_too_short'],
    [z.string().max(2), 'abc', 'String should have at most 2 characters', 'string_too_long'],
    [z.int().min(0), -1, 'Input should be greater than or equal to 0', 'greater_than_equal'],
    [z.int().max(10), 11, 'Input should be less than or equal to 10', 'less_than_equal'],
    [z.email(), 'x', 'value is not a valid email address', 'value_error'],
    [z.uuid(), 'x', 'Input should be a valid UUID', 'uuid_parsing'],
    [z.literal('password'), 'other', 'Input should be "password"', 'literal_error'],
    [z.boolean(), 'yes', 'Input should be a valid boolean', 'bool_type'],
    [queryInt(z.int()), 'abc', 'Input should be a valid integer', 'int_parsing'],
  ])('words %s problems like pydantic', (schema, value, msg, type) => {
    expect(issuesOf(z.object({ v: schema }), { v: value })).toEqual([{ loc: ['body', 'v'], msg, type }]);
  });

  it('prefixes the location with the request part', () => {
    expect(issuesOf(z.object({ id: z.uuid() }), { id: 'x' }, 'path')[0]?.loc).toEqual(['path', 'id']);
  });
});
