import { entityManager } from '../core/db.js';
import { BadRequest, Forbidden, NotFound, TooManyRequests } from '../core/errors.js';
import type { Token } from '../models/auth.js';
import type { UserPublic } from '../models/users.js';
import { UsersRepository } from '../repositories/users.js';
import type { ServiceContext } from './context.js';
import { toUserPublic } from './mappers.js';
import { messages } from './messages.js';

/** Sign-in and access tokens. */
export class AuthService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Checks an email and password. Throttled per account and per client address; takes the same time
   * whether or not the email exists; reveals that an account is inactive only to its real owner.
   */
  async authenticate(email: string, password: string, clientAddress: string): Promise<UserPublic> {
    const account = email.trim().toLowerCase();
    const { throttle, passwords } = this.ctx;
    const retryAfter = throttle.retryAfterSeconds(account, clientAddress);
    if (retryAfter > 0) throw new TooManyRequests(messages.tooManyAttempts, retryAfter);
    const user = await this.repository().findByEmail(account);
    const valid = user ? await passwords.verify(password, user.hashedPassword) : await passwords.verifyAgainstDummy(password);
    if (!user || !valid) {
      throttle.recordFailure(account, clientAddress);
      throw new BadRequest(messages.incorrectLogin);
    }
    throttle.recordSuccess(account);
    if (!user.isActive) throw new BadRequest(messages.inactiveUser);
    return toUserPublic(user);
  }

  async login(email: string, password: string, clientAddress: string): Promise<Token> {
    const user = await this.authenticate(email, password, clientAddress);
    return this.issueToken(user.id);
  }

  issueToken(userId: string): Token {
    return { access_token: this.ctx.tokens.issue(userId), token_type: 'bearer' };
  }

  /** The active user a bearer token stands for. */
  async userFromToken(token: string): Promise<UserPublic> {
    const userId = this.ctx.tokens.verify(token);
    // A well-signed token with a malformed subject is as invalid as a forged one.
    if (userId === null || !isUuid(userId)) throw new Forbidden(messages.invalidCredentials);
    const user = await this.repository().findById(userId);
    if (!user) throw new NotFound(messages.userNotFound);
    if (!user.isActive) throw new BadRequest(messages.inactiveUser);
    return toUserPublic(user);
  }

  private repository(): UsersRepository {
    return new UsersRepository(entityManager(this.ctx.orm));
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
