import type { z } from 'zod';

/** Anything that can show a message under a field (ui.input, ui.textarea, ...). */
export interface FieldView {
  error: string | undefined;
}

/**
 * Validates form values with the same zod schema the REST API uses and shows each problem under
 * its field. Returns the parsed data, or undefined when a field is invalid.
 */
export function validateForm<S extends z.ZodType>(
  schema: S,
  values: unknown,
  fields: Record<string, FieldView>,
): z.infer<S> | undefined {
  for (const field of Object.values(fields)) field.error = undefined;
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fields[String(issue.path[0])];
    if (field && !field.error) field.error = friendly(issue);
  }
  return undefined;
}

function friendly(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string')
    return issue.minimum === 1 ? 'This field is required' : `Must be at least ${issue.minimum} characters`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `Must be at most ${issue.maximum} characters`;
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'Enter a valid email address';
  return issue.message;
}
