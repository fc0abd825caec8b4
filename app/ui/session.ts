import { storage, ui, type PageGuard } from '../../framework/index.js';
import { DomainError } from '../core/errors.js';
import type { UserPublic } from '../models/users.js';
import type { UiDeps } from './deps.js';

/**
 * A browser's sign-in lives in `storage.user` (server-side, keyed by a signed httpOnly cookie):
 * the access token, and a message to show on the login page after being sent back there.
 */
interface SessionData {
  token?: string;
  flash?: string;
}

const session = (): SessionData => storage.user as SessionData;

export const SESSION_EXPIRED = 'Your session has expired. Please log in again.';
export const ACCOUNT_INACTIVE = 'Your account is inactive. Please contact an administrator.';

export function signIn(token: string): void {
  session().token = token;
  delete session().flash;
}

/**
 * After the signed-in user changed their own password (which revoked all their tokens), keeps this
 * browser signed in with a fresh token; their other browsers go to /login on their next step.
 */
export async function renewSignIn(deps: UiDeps, actor: UserPublic): Promise<void> {
  signIn((await deps.services.auth.issueToken(actor.id)).access_token);
}

/** Ends the session; `message` is shown on the login page. */
export function signOut(message?: string): void {
  delete session().token;
  if (message) session().flash = message;
  else delete session().flash;
}

/** The message left for the login page, shown once. */
export function takeFlash(): string | undefined {
  const message = session().flash;
  if (message) delete session().flash;
  return message;
}

export function hasToken(): boolean {
  return Boolean(session().token);
}

/** The signed-in, active user, or why there is none (a message for the login page). */
export async function resolveUser(deps: UiDeps): Promise<{ user: UserPublic } | { problem: string }> {
  const token = session().token;
  if (!token) return { problem: '' };
  try {
    return { user: await deps.services.auth.userFromToken(token) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // Another tab of this browser renewed the sign-in meanwhile (its password change revoked this token): use that one.
    if (session().token !== token) return resolveUser(deps);
    return { problem: error.message === 'Inactive user' ? ACCOUNT_INACTIVE : SESSION_EXPIRED };
  }
}

/**
 * Guard for protected pages: sends anyone without a valid session to /login, with the reason,
 * and keeps the user for the page function (`signedInUser()`).
 */
export function requireUser(deps: UiDeps): PageGuard {
  return async () => {
    const result = await resolveUser(deps);
    if ('user' in result) {
      storage.client.user = result.user;
      return undefined;
    }
    signOut(result.problem || undefined);
    return '/login';
  };
}

/** The user the guard let in; page functions of protected pages use it to build. */
export function signedInUser(): UserPublic {
  const user = storage.client.user as UserPublic | undefined;
  if (!user) throw new Error('signedInUser() is only available on pages guarded by requireUser');
  return user;
}

/**
 * Runs a user action with a freshly checked actor: a session that expired or an account that was
 * deactivated while the page was open leads back to /login with a message, never a crash.
 * Domain errors (not found, forbidden, conflicts) show as a red notification.
 */
export async function act<T>(deps: UiDeps, action: (actor: UserPublic) => Promise<T>): Promise<T | undefined> {
  const result = await resolveUser(deps);
  if (!('user' in result)) {
    signOut(result.problem || SESSION_EXPIRED);
    ui.navigate.to('/login');
    return undefined;
  }
  try {
    return await action(result.user);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    ui.notify(error.message, { type: 'negative' });
    return undefined;
  }
}

/**
 * Looks a record up for the signed-in user, quietly: null when it is gone or no longer theirs to
 * see (a dialog left open before a reload asks for its record again).
 */
export async function lookUp<T>(deps: UiDeps, find: (actor: UserPublic) => Promise<T>): Promise<T | null> {
  const found = await act(deps, (actor) =>
    find(actor).catch((error: unknown) => {
      if (error instanceof DomainError) return null;
      throw error;
    }),
  );
  return found ?? null;
}
