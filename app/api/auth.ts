import type { Request } from 'express';
import { Forbidden, Unauthenticated } from '../core/errors.js';
import type { UserPublic } from '../models/users.js';
import { canManageUsers } from '../policies.js';
import type { Services } from '../services/index.js';
import { messages } from '../services/messages.js';
import type { AuthLevel } from './route.js';

/** Resolves the bearer token of a request to the acting user, as FastAPI's OAuth2PasswordBearer + deps do. */
export function bearerAuthenticator(services: Services) {
  return async (req: Request, level: AuthLevel): Promise<UserPublic> => {
    const token = bearerToken(req.get('authorization'));
    if (!token) throw new Unauthenticated(messages.notAuthenticated);
    const actor = await services.auth.userFromToken(token);
    if (level === 'superuser' && !canManageUsers(actor)) throw new Forbidden(messages.notPrivileged);
    return actor;
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
