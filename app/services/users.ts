import { UniqueConstraintViolationException } from '@mikro-orm/sqlite';
import { entityManager } from '../core/db.js';
import { BadRequest, Conflict, Forbidden, NotFound, type DomainError } from '../core/errors.js';
import type { Message, Pagination } from '../models/common.js';
import type { UpdatePassword, UserCreate, UserPublic, UserRegister, UsersPublic, UserUpdate, UserUpdateMe } from '../models/users.js';
import type { UserEntity } from '../models/entities.js';
import { canDeleteOwnAccount, canDeleteUser, canManageUsers, canReadUser, type Actor } from '../policies.js';
import { UsersRepository, type UserChanges } from '../repositories/users.js';
import type { ServiceContext } from './context.js';
import { toUserPublic } from './mappers.js';
import { messages } from './messages.js';
import { checkPassword } from './password-check.js';

/** User accounts: self-service and administration. Every method takes the acting user, except open sign-up. */
export class UsersService {
  constructor(private readonly ctx: ServiceContext) {}

  async list(actor: Actor, page: Pagination): Promise<UsersPublic> {
    requireUserManager(actor);
    const { users, count } = await this.repository().page(page.skip, page.limit);
    return { data: users.map(toUserPublic), count };
  }

  async create(actor: Actor, input: UserCreate): Promise<UserPublic> {
    requireUserManager(actor);
    return this.insert(input, new BadRequest(messages.emailTaken));
  }

  /** Open sign-up; only when OPEN_REGISTRATION is on, and never with privileges. */
  async register(input: UserRegister): Promise<UserPublic> {
    if (!this.ctx.openRegistration) throw new Forbidden(messages.signupClosed);
    return this.insert({ ...input, is_active: true, is_superuser: false }, new BadRequest(messages.emailTakenOnSignup));
  }

  async get(actor: Actor, userId: string): Promise<UserPublic> {
    // Permission before lookup, so non-admins cannot probe which ids exist.
    if (!canReadUser(actor, userId)) throw new Forbidden(messages.notPrivileged);
    return toUserPublic(await this.load(this.repository(), userId, messages.userNotFound));
  }

  async updateMe(actor: Actor, input: UserUpdateMe): Promise<UserPublic> {
    return this.change(actor.id, { email: input.email, fullName: input.full_name }, messages.userNotFound);
  }

  /** Ends every session of the user, the caller's included: tokens issued before the change stop working. */
  async updatePassword(actor: Actor, input: UpdatePassword, clientAddress: string): Promise<Message> {
    const repository = this.repository();
    const user = await this.load(repository, actor.id, messages.userNotFound);
    const { throttle, passwords } = this.ctx;
    const current = await checkPassword(throttle, {
      account: user.id,
      clientAddress,
      blockedMessage: messages.tooManyPasswordAttempts,
      matches: () => passwords.verify(input.current_password, user.hashedPassword),
    });
    if (!current) throw new BadRequest(messages.incorrectPassword);
    if (input.current_password === input.new_password) throw new BadRequest(messages.samePassword);
    await repository.update(user, { hashedPassword: await passwords.hash(input.new_password), tokenVersion: user.tokenVersion + 1 });
    this.ctx.bus.publish({ kind: 'user', action: 'updated', id: user.id });
    return { message: messages.passwordUpdated };
  }

  async deleteMe(actor: Actor): Promise<Message> {
    if (!canDeleteOwnAccount(actor)) throw new Forbidden(messages.superuserSelfDelete);
    const repository = this.repository();
    await this.remove(repository, await this.load(repository, actor.id, messages.userNotFound));
    return { message: messages.userDeleted };
  }

  async update(actor: Actor, userId: string, input: UserUpdate): Promise<UserPublic> {
    requireUserManager(actor);
    const changes: UserChanges = {
      email: input.email,
      fullName: input.full_name,
      isActive: input.is_active,
      isSuperuser: input.is_superuser,
      hashedPassword: input.password === undefined ? undefined : await this.ctx.passwords.hash(input.password),
    };
    // A new password or a deactivation ends the user's sessions. Clearing is_superuser needs no such thing:
    // privileges are read from the database on every request, not from the token.
    const endsSessions = input.password !== undefined || input.is_active === false;
    return this.change(userId, changes, messages.userIdNotFound, endsSessions);
  }

  async delete(actor: Actor, userId: string): Promise<Message> {
    requireUserManager(actor);
    const repository = this.repository();
    const user = await this.load(repository, userId, messages.userNotFound);
    if (!canDeleteUser(actor, user.id)) throw new Forbidden(messages.superuserSelfDelete);
    await this.remove(repository, user);
    return { message: messages.userDeleted };
  }

  /** Creates the first superuser unless that email already exists; safe to run at every start, by several processes at once. */
  async ensureSuperuser(email: string, password: string): Promise<boolean> {
    const repository = this.repository();
    if (await repository.findByEmail(email)) return false;
    const madeMeanwhile = new Conflict(messages.emailTaken);
    try {
      await this.insert({ email, password, full_name: null, is_active: true, is_superuser: true }, madeMeanwhile);
    } catch (error) {
      // Another process starting at the same moment created it between our look and our insert.
      if (error === madeMeanwhile) return false;
      throw error;
    }
    return true;
  }

  private repository(): UsersRepository {
    return new UsersRepository(entityManager(this.ctx.orm));
  }

  private async load(repository: UsersRepository, id: string, notFound: string): Promise<UserEntity> {
    const user = await repository.findById(id);
    if (!user) throw new NotFound(notFound);
    return user;
  }

  private async insert(input: UserCreate, duplicate: DomainError): Promise<UserPublic> {
    const repository = this.repository();
    if (await repository.findByEmail(input.email)) throw duplicate;
    const user = await uniqueEmail(duplicate, async () =>
      repository.insert({
        email: input.email,
        hashedPassword: await this.ctx.passwords.hash(input.password),
        fullName: input.full_name ?? null,
        isActive: input.is_active,
        isSuperuser: input.is_superuser,
      }),
    );
    this.ctx.bus.publish({ kind: 'user', action: 'created', id: user.id });
    return toUserPublic(user);
  }

  /** Applies the defined fields of `changes`; an email already used by someone else is a 409. `endsSessions` revokes the user's tokens. */
  private async change(userId: string, changes: UserChanges, notFound: string, endsSessions = false): Promise<UserPublic> {
    const repository = this.repository();
    const user = await this.load(repository, userId, notFound);
    const duplicate = new Conflict(messages.emailTakenOnUpdate);
    if (changes.email !== undefined) {
      const owner = await repository.findByEmail(changes.email);
      if (owner && owner.id !== user.id) throw duplicate;
    }
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as UserChanges;
    if (endsSessions) defined.tokenVersion = user.tokenVersion + 1;
    await uniqueEmail(duplicate, () => repository.update(user, defined));
    this.ctx.bus.publish({ kind: 'user', action: 'updated', id: user.id });
    return toUserPublic(user);
  }

  private async remove(repository: UsersRepository, user: UserEntity): Promise<void> {
    const itemIds = await repository.deleteWithItems(user);
    for (const id of itemIds) this.ctx.bus.publish({ kind: 'item', action: 'deleted', id, ownerId: user.id });
    this.ctx.bus.publish({ kind: 'user', action: 'deleted', id: user.id });
  }
}

function requireUserManager(actor: Actor): void {
  if (!canManageUsers(actor)) throw new Forbidden(messages.notPrivileged);
}

/** The check-then-write above can race with another request; the unique index has the last word. */
async function uniqueEmail<T>(duplicate: DomainError, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicate;
    throw error;
  }
}
