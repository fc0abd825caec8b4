import jwt from 'jsonwebtoken';

const ALGORITHM = 'HS256';

/** What an access token stands for: a user, and the user's token version when it was issued. */
export interface TokenClaims {
  userId: string;
  /** Bumped when the user's sessions must end (new password, deactivation): older tokens no longer match. */
  tokenVersion: number;
}

export interface TokenIssuer {
  /** A signed access token: the user id as subject, the token version as `ver`. */
  issue(claims: TokenClaims): string;
  /** The claims of a valid, unexpired HS256 token signed with our key; `null` for anything else. */
  verify(token: string): TokenClaims | null;
}

export function createTokenIssuer(secret: string, expireMinutes: number): TokenIssuer {
  return {
    issue: ({ userId, tokenVersion }) =>
      jwt.sign({ sub: userId, ver: tokenVersion }, secret, { algorithm: ALGORITHM, expiresIn: expireMinutes * 60 }),
    verify(token) {
      try {
        // Pinning the algorithm rejects `alg: none` and key-confusion tokens; exp is checked by default.
        const payload = jwt.verify(token, secret, { algorithms: [ALGORITHM] });
        if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
        // Tokens issued before versions existed have no `ver`: they are refused, not treated as version 0.
        if (!Number.isSafeInteger(payload.ver)) return null;
        return { userId: payload.sub, tokenVersion: payload.ver as number };
      } catch {
        return null;
      }
    },
  };
}
