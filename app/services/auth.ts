import { entityManager } from '../core/db.js';
import { BadRequest, Forbidden, NotFound } from '../core/errors.js';
import type { Token } from '../models/auth.js';
import type { UserEntity } from '../models/entities.js';
import type { UserPublic } from '../models/users.js';
import { UsersRepository } from '../repositories/users.js';
import type { ServiceContext } from './context.js';
import { toUserPublic } from './mappers.js';
import { messages } from './messages.js';
import { checkPassword } from './password-check.js';

/** Sign-in and access tokens. */
export class AuthService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Checks an email and password. Throttled per account and per client address; takes the same time
   * whether or not the email exists; reveals that an account is inactive only to its real owner.
   */
  async authenticate(email: string, password: string, clientAddress: string): Promise<UserPublic> {
    return toUserPublic(await this.checkLogin(email, password, clientAddress));
  }

  async login(email: string, password: string, clientAddress: string): Promise<Token> {
    return this.tokenFor(await this.checkLogin(email, password, clientAddress));
  }

  /** A fresh token for a user, e.g. for the session that just changed its own password (which ended the others). */
  async issueToken(userId: string): Promise<Token> {
    const user = await this.repository().findById(userId);
    if (!user) throw new NotFound(messages.userNotFound);
    return this.tokenFor(user);
  }

  /** The active user a bearer token stands for. */
  async userFromToken(token: string): Promise<UserPublic> {
    const claims = this.ctx.tokens.verify(token);
    // A well-signed token with a malformed subject is as invalid as a forged one.
    if (claims === null || !isUuid(claims.userId)) throw new Forbidden(messages.invalidCredentials);
    const user = await this.repository().findById(claims.userId);
    if (!user) throw new NotFound(messages.userNotFound);
    if (!user.isActive) throw new BadRequest(messages.inactiveUser);
    // Issued before a password change or a deactivation: revoked, even once the account is active again.
    if (claims.tokenVersion !== user.tokenVersion) throw new Forbidden(messages.invalidCredentials);
    return toUserPublic(user);
  }

  private async checkLogin(email: string, password: string, clientAddress: string): Promise<UserEntity> {
    const { throttle, passwords } = this.ctx;
    const normalized = email.trim().toLowerCase();
    const user = await this.repository().findByEmail(normalized);
    const valid = await checkPassword(throttle, {
      // Known accounts count by id, like password changes, so renaming the email does not reset the count.
      account: user?.id ?? normalized,
      clientAddress,
      blockedMessage: messages.tooManyAttempts,
      matches: () => (user ? passwords.verify(password, user.hashedPassword) : passwords.verifyAgainstDummy(password)),
    });
    if (!user || !valid) throw new BadRequest(messages.incorrectLogin);
    if (!user.isActive) throw new BadRequest(messages.inactiveUser);
    return user;
  }

  private tokenFor(user: UserEntity): Token {
    return { access_token: this.ctx.tokens.issue({ userId: user.id, tokenVersion: user.tokenVersion }), token_type: 'bearer' };
  }

  private repository(): UsersRepository {
    return new UsersRepository(entityManager(this.ctx.orm));
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
