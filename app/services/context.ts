import type { LoginThrottle } from '../core/security/throttle.js';
import type { Orm } from '../core/db.js';
import type { PasswordHasher } from '../core/security/passwords.js';
import type { TokenIssuer } from '../core/security/tokens.js';
import type { ChangeBus } from './bus.js';

/** What every service is built from; created once in create-app.ts. */
export interface ServiceContext {
  orm: Orm;
  bus: ChangeBus;
  passwords: PasswordHasher;
  tokens: TokenIssuer;
  throttle: LoginThrottle;
  openRegistration: boolean;
}
