import { z } from 'zod';

/** The OAuth2 password grant form (RFC 6749 4.3), as FastAPI's OAuth2PasswordRequestForm; `username` is the email. */
export const LoginForm = z
  .object({
    grant_type: z.literal('password').optional(),
    username: z.string(),
    password: z.string(),
    scope: z.string().default(''),
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
  })
  .meta({
    id: 'Body_login-login_access_token',
    examples: [{ grant_type: 'password', username: 'user@example.com', password: 'a-long-passphrase' }],
  });
export type LoginForm = z.infer<typeof LoginForm>;

export const Token = z
  .object({ access_token: z.string(), token_type: z.literal('bearer') })
  .meta({ id: 'Token', examples: [{ access_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...', token_type: 'bearer' }] });
export type Token = z.infer<typeof Token>;
