import { routeFactory } from '../../openapi/contract.js';
import type { UserPublic } from '../models/users.js';
import type { Services } from '../services/index.js';

/** `user`: any active user with a valid token; `superuser`: additionally a superuser (checked before validation). */
export type AuthLevel = 'user' | 'superuser';

export interface ApiTypes {
  auth: AuthLevel;
  actor: UserPublic;
  deps: { services: Services };
}

export const defineRoute = routeFactory<ApiTypes>();

export const API_PREFIX = '/api/v1';
