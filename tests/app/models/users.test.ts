import { describe, expect, it } from 'vitest';
import { buildApiDocument } from '../../../app/api/document.js';

describe('the users contract in the OpenAPI document', () => {
  const schemas = buildApiDocument().components?.schemas as Record<string, { properties: Record<string, { maxLength?: number; description?: string }> }>;

  it.each([
    ['UserCreate', 'password'],
    ['UserRegister', 'password'],
    ['UserUpdate', 'password'],
    ['UpdatePassword', 'new_password'],
  ])('%s.%s states the limit in bytes', (schema, field) => {
    const password = schemas[schema]!.properties[field]!;
    expect(password.maxLength).toBe(72);
    expect(password.description).toMatch(/72 bytes of UTF-8.*non-ASCII character counts as 2 to 4 bytes/);
  });

  it('states text limits in characters (255, as upstream)', () => {
    expect(schemas.UserCreate!.properties.full_name).toMatchObject({ maxLength: 255 });
    expect(schemas.UserPublic!.properties.full_name).toMatchObject({ maxLength: 255 });
  });
});
