import { z } from 'zod';
import { PASSWORD_MAX_BYTES, fitsPasswordBytes } from '../core/security/password-limit.js';
import { storableText, textWithin, wellFormed } from './common.js';

/** Limits as in full-stack-fastapi-template's backend, so integrators see the same contract. */
const email = z.email().max(255).toLowerCase();
/**
 * A password to set. Upstream allows 128 characters, but bcrypt hashes only the first 72 bytes:
 * two passwords alike in those would both sign in. So the limit is 72 UTF-8 bytes, said in bytes.
 */
const newPassword = wellFormed(
  z.string().min(8).refine(fitsPasswordBytes, `Must be at most ${PASSWORD_MAX_BYTES} bytes (a non-ASCII character counts as 2 to 4)`),
).meta({
  maxLength: PASSWORD_MAX_BYTES,
  description: `8 characters to ${PASSWORD_MAX_BYTES} bytes of UTF-8 (bcrypt's limit): a non-ASCII character counts as 2 to 4 bytes.`,
});
/** A password to check against the one set: only the old shape, so a wrong one is just wrong (never a hint). */
const currentPassword = z.string().min(8).max(128);
const fullName = storableText({ max: 255 }).nullable();

const exampleUser = {
  id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'user@example.com',
  full_name: 'Jane Doe',
  is_active: true,
  is_superuser: false,
  created_at: '2026-01-01T12:00:00.000Z',
};

/** Created by a superuser. */
export const UserCreate = z
  .object({
    email,
    password: newPassword,
    full_name: fullName.optional(),
    is_active: z.boolean().default(true),
    is_superuser: z.boolean().default(false),
  })
  .meta({
    id: 'UserCreate',
    examples: [{ email: 'user@example.com', password: 'a-long-passphrase', full_name: 'Jane Doe', is_active: true, is_superuser: false }],
  });
export type UserCreate = z.infer<typeof UserCreate>;

/** Open sign-up (when enabled): never grants privileges. */
export const UserRegister = z
  .object({ email, password: newPassword, full_name: fullName.optional() })
  .meta({ id: 'UserRegister', examples: [{ email: 'user@example.com', password: 'a-long-passphrase', full_name: 'Jane Doe' }] });
export type UserRegister = z.infer<typeof UserRegister>;

/** A superuser's partial update of any user; absent fields stay as they are. */
export const UserUpdate = z
  .object({
    email: email.optional(),
    password: newPassword.optional(),
    full_name: fullName.optional(),
    is_active: z.boolean().optional(),
    is_superuser: z.boolean().optional(),
  })
  .meta({ id: 'UserUpdate', examples: [{ full_name: 'Jane Q. Doe', is_active: false }] });
export type UserUpdate = z.infer<typeof UserUpdate>;

/** What users may change about themselves. */
export const UserUpdateMe = z
  .object({ email: email.optional(), full_name: fullName.optional() })
  .meta({ id: 'UserUpdateMe', examples: [{ email: 'jane@example.com', full_name: 'Jane Doe' }] });
export type UserUpdateMe = z.infer<typeof UserUpdateMe>;

export const UpdatePassword = z
  .object({ current_password: currentPassword, new_password: newPassword })
  .meta({ id: 'UpdatePassword', examples: [{ current_password: 'the-old-passphrase', new_password: 'a-new-passphrase' }] });
export type UpdatePassword = z.infer<typeof UpdatePassword>;

/** A user as the API and UI show it: never a password or hash. */
export const UserPublic = z
  .object({
    id: z.uuid(),
    email: z.email(),
    // Length only: a name stored before the content rules existed still shows.
    full_name: textWithin({ max: 255 }).nullable(),
    is_active: z.boolean(),
    is_superuser: z.boolean(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'UserPublic', examples: [exampleUser] });
export type UserPublic = z.infer<typeof UserPublic>;

export const UsersPublic = z
  .object({ data: z.array(UserPublic), count: z.int().min(0) })
  .meta({ id: 'UsersPublic', examples: [{ data: [exampleUser], count: 1 }] });
export type UsersPublic = z.infer<typeof UsersPublic>;
