import { entityManager } from '../core/db.js';
import { BadRequest, Forbidden, NotFound } from '../core/errors.js';
import type { Token } from '../models/auth.js';
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
