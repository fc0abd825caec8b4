import jwt from 'jsonwebtoken';

const ALGORITHM = 'HS256';

export interface TokenIssuer {
  /** A signed access token whose subject is the user id. */
  issue(userId: string): string;
  /** The subject of a valid, unexpired HS256 token signed with our key; `null` for anything else. */
  verify(token: string): string | null;
}

export function createTokenIssuer(secret: string, expireMinutes: number): TokenIssuer {
  return {
    issue: (userId) => jwt.sign({ sub: userId }, secret, { algorithm: ALGORITHM, expiresIn: expireMinutes * 60 }),
    verify(token) {
      try {
        // Pinning the algorithm rejects `alg: none` and key-confusion tokens; exp is checked by default.
        const payload = jwt.verify(token, secret, { algorithms: [ALGORITHM] });
        if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
        return payload.sub;
      } catch {
        return null;
      }
    },
  };
}
