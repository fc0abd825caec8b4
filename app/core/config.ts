import { dirname } from 'node:path';
import { z } from 'zod';
import { parseDatabaseUrl, type DatabaseLocation } from './database-url.js';
import { PASSWORD_MAX_BYTES, bcryptHashesExactly } from './security/password-limit.js';

export type Environment = 'development' | 'test' | 'production';

export type { DatabaseLocation } from './database-url.js';

export interface LoginThrottleSettings {
  windowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  /** Upper bound on remembered accounts and addresses, so a flood of names cannot exhaust memory. */
  maxTrackedKeys: number;
}

export interface Settings {
  env: Environment;
  /** `null` in development when none is configured: the app then keeps a generated one in `dataDir`. */
  secretKey: string | null;
  accessTokenExpireMinutes: number;
  firstSuperuser: string;
  firstSuperuserPassword: string;
  bcryptCost: number;
  port: number;
  openRegistration: boolean;
  corsOrigins: string[];
  /** Express 'trust proxy': false, true, a hop count, or addresses/subnets. Decides the client address used by login throttling. */
  trustProxy: boolean | number | string;
  database: DatabaseLocation;
  /** Where the database file and the generated development secret live. */
  dataDir: string;
  loginThrottle: LoginThrottleSettings;
  /** Shares the change bus and login throttling between processes; `null` keeps them in-process. */
  redisUrl: string | null;
}

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Upstream's placeholder; never acceptable in production. */
const DEFAULT_PLACEHOLDER = 'changethis';
const MIN_PRODUCTION_SECRET_LENGTH = 32;

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.int().min(min).max(max));
const blankAsUndefined = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  SECRET_KEY: z.string().optional(),
  ACCESS_TOKEN_EXPIRE_MINUTES: int(1, 525_600).default(11_520),
  FIRST_SUPERUSER: z.email().max(255).toLowerCase().optional(),
  // Refused here rather than by the hasher at the first start.
  FIRST_SUPERUSER_PASSWORD: z
    .string()
    .min(8)
    .refine(bcryptHashesExactly, `must be at most ${PASSWORD_MAX_BYTES} bytes of UTF-8 (a non-ASCII character counts as 2 to 4)`)
    .optional(),
  BCRYPT_COST: int(4, 31).default(12),
  PORT: int(0, 65_535).default(8000),
  OPEN_REGISTRATION: flag.default(false),
  CORS_ORIGINS: z.string().default(''),
  TRUST_PROXY: z.string().default('false'),
  DATABASE_URL: z.string().default('sqlite:data/app.db'),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must look like redis://host:6379 or rediss://user:password@host:6380/0' }).optional(),
});

/** Reads and validates settings from environment variables. Pure: no I/O, so tests can build settings freely. */
export function loadSettings(env: Env): Settings {
  const raw = Object.fromEntries(Object.keys(EnvSchema.shape).map((key) => [key, blankAsUndefined(env[key])]));
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const problems: string[] = [];
  const database = parseDatabaseUrl(values.DATABASE_URL, problems);
  const production = values.NODE_ENV === 'production';
  if (production) problems.push(...productionProblems(values.SECRET_KEY, values.FIRST_SUPERUSER_PASSWORD));
  const corsOrigins = values.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of corsOrigins) if (!isOrigin(origin)) problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://example.com`);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: values.NODE_ENV,
    secretKey: values.SECRET_KEY ?? null,
    accessTokenExpireMinutes: values.ACCESS_TOKEN_EXPIRE_MINUTES,
    firstSuperuser: values.FIRST_SUPERUSER ?? 'admin@example.com',
    firstSuperuserPassword: values.FIRST_SUPERUSER_PASSWORD ?? DEFAULT_PLACEHOLDER,
    bcryptCost: values.BCRYPT_COST,
    port: values.PORT,
    openRegistration: values.OPEN_REGISTRATION,
    corsOrigins,
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    database: database ?? { kind: 'memory' },
    dataDir: database?.kind === 'file' ? dirname(database.path) : 'data',
    loginThrottle: { windowMs: 15 * 60_000, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20, maxTrackedKeys: 10_000 },
    redisUrl: values.REDIS_URL ?? null,
  };
}

function productionProblems(secret?: string, superuserPassword?: string): string[] {
  const problems: string[] = [];
  if (!secret || secret === DEFAULT_PLACEHOLDER) {
    problems.push('SECRET_KEY must be set in production (for example: openssl rand -hex 32)');
  } else if (secret.length < MIN_PRODUCTION_SECRET_LENGTH) {
    problems.push(`SECRET_KEY must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production`);
  }
  if (!superuserPassword || superuserPassword === DEFAULT_PLACEHOLDER) {
    problems.push(`FIRST_SUPERUSER_PASSWORD must be set in production and must not be "${DEFAULT_PLACEHOLDER}"`);
  }
  return problems;
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
