import { z } from 'zod';
import { queryInt } from '../../openapi/schemas.js';
import { isWellFormed } from '../core/unicode.js';

export const Message = z
  .object({ message: z.string() })
  .meta({ id: 'Message', examples: [{ message: 'Item deleted successfully' }] });
export type Message = z.infer<typeof Message>;

/**
 * A string of `min` to `max` characters, counted as code points, as JSON Schema's maxLength counts
 * them and as the database column is declared: zod's `.max` counts UTF-16 units, so 255 emoji (510
 * units) would be refused. Alone, this is the shape of stored text as the API returns it.
 */
export function textWithin({ min = 0, max }: { min?: number; max: number }) {
  return (min > 0 ? z.string().min(min) : z.string())
    .check((ctx) => {
      if ([...ctx.value].length > max) ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: ctx.value });
    })
    .meta({ maxLength: max });
}

/** C0 controls: NUL, BEL, ESC, ...; tab is U+0009, line feed U+000A, carriage return U+000D. */
const controlCharacter = /[\u0000-\u001f]/u;
const controlCharacterOtherThanTabOrLineBreak = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u;

/**
 * Text that clients store (item title and description, user full name). Decision: refuse with a
 * 422, rather than store, what nobody types and what would not come back exactly: C0 control
 * characters (multi-line text may keep tab and line breaks) and lone surrogates (UTF-8 cannot
 * encode them; they would come back as U+FFFD). This is the contract, not the SQL defence: every
 * value is bound, never written into SQL (app/core/bound-connection.ts), whatever it contains.
 */
export function storableText({ min, max, multiline = false }: { min?: number; max: number; multiline?: boolean }) {
  const [forbidden, message] = multiline
    ? [controlCharacterOtherThanTabOrLineBreak, 'Must not contain control characters (tab and line breaks are fine)']
    : [controlCharacter, 'Must not contain control characters'];
  return wellFormed(textWithin({ min, max }).refine((text) => !forbidden.test(text), message));
}

/** Refuses lone surrogates: UTF-8 cannot encode them, so they would be stored, or hashed, as U+FFFD. */
export function wellFormed(schema: z.ZodString): z.ZodString {
  return schema.refine(isWellFormed, 'Must be well-formed Unicode (no lone surrogates)');
}

export const Pagination = z.object({
  skip: queryInt(z.int().min(0)).default(0).meta({ description: 'How many records to skip', example: 0 }),
  limit: queryInt(z.int().min(0).max(1000)).default(100).meta({ description: 'How many records to return', example: 100 }),
});
export type Pagination = z.infer<typeof Pagination>;

const uuid = (description: string) => z.uuid().meta({ description, example: '3fa85f64-5717-4562-b3fc-2c963f66afa6' });

export const UserIdParams = z.object({ user_id: uuid('The user id') });
export const ItemIdParams = z.object({ id: uuid('The item id') });
