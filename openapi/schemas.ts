import { z } from 'zod';

/**
 * Query strings arrive as text; this turns digit strings into numbers before the integer schema runs,
 * so the document still says `type: integer` (z.coerce would document `["integer", "null"]`).
 */
export function queryInt<S extends z.ZodType<number>>(schema: S) {
  return z.preprocess((value) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value), schema);
}

const ValidationErrorSchema = z
  .object({
    loc: z.array(z.union([z.string(), z.int()])),
    msg: z.string(),
    type: z.string(),
  })
  .meta({
    id: 'ValidationError',
    examples: [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' }],
  });

export const HTTPValidationErrorSchema = z
  .object({ detail: z.array(ValidationErrorSchema) })
  .meta({
    id: 'HTTPValidationError',
    examples: [{ detail: [{ loc: ['body', 'title'], msg: 'Field required', type: 'missing' }] }],
  });

export const HTTPErrorSchema = z
  .object({ detail: z.string() })
  .meta({ id: 'HTTPError', examples: [{ detail: 'Item not found' }] });
