/** `body` is parsed JSON, checked with expect(); typing it would only add casts to every test. */
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  /** Sent as is, with `contentType`. */
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export type ApiClient = (method: string, path: string, options?: RequestOptions) => Promise<ApiResponse>;

/** Keys that must never appear anywhere in a response. */
const SECRET_KEYS = new Set(['password', 'hashed_password', 'hashedPassword', 'current_password', 'new_password']);

/**
 * fetch against `/api/v1`-relative paths. Every JSON response is also checked for secret keys, so each
 * test in the suite doubles as a "no password or hash ever leaves the server" check.
 */
export function apiClient(baseUrl: string, prefix = '/api/v1'): ApiClient {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    } else if (options.raw !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
      body = options.raw;
    }
    const response = await fetch(`${baseUrl}${prefix}${path}`, { method, headers, body });
    const text = await response.text();
    const parsed = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    const leaked = findSecretKey(parsed);
    if (leaked) throw new Error(`${method} ${path} returned a secret field "${leaked}": ${text}`);
    return { status: response.status, headers: response.headers, body: parsed, text };
  };
}

function findSecretKey(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(findSecretKey).find(Boolean);
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_KEYS.has(key)) return key;
    const nested = findSecretKey(inner);
    if (nested) return nested;
  }
  return undefined;
}
