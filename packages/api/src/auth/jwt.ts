import { createHmac, timingSafeEqual } from 'node:crypto';

export const ROLES = ['agent', 'supervisor', 'auditor', 'analyst', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** What a verified token says about its caller. */
export interface Claims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly exp: number;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const sign = (input: string, secret: string) => createHmac('sha256', secret).update(input).digest();

/** Issues an HS256 token (dev tokens, tests, the benchmark). */
export function signToken(
  claims: { sub: string; roles: readonly Role[] },
  secret: string,
  ttlSeconds = 3600,
): string {
  const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
  const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ ...claims, exp }))}`;
  return `${head}.${b64url(sign(head, secret))}`;
}

const parse = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
};
const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null;
const isRole = (u: unknown): u is Role => typeof u === 'string' && (ROLES as readonly string[]).includes(u);

/**
 * Verifies an HS256 JWT and returns its claims, or why not. Only HS256 is accepted: a token that
 * names another algorithm (`none` above all) is refused before its signature is even looked at.
 */
export function verifyToken(token: string, secret: string, nowSeconds = Date.now() / 1000): Claims | string {
  const parts = token.split('.');
  if (parts.length !== 3) return 'malformed token';
  const [head, body, sig] = parts as [string, string, string];
  const header = parse(head);
  if (!isObject(header) || header.alg !== 'HS256') return 'unsupported token algorithm';
  const expected = sign(`${head}.${body}`, secret);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad token signature';
  const claims = parse(body);
  if (!isObject(claims)) return 'malformed token claims';
  const { sub, roles, exp } = claims;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128) return 'token has no valid sub';
  if (!Array.isArray(roles) || !roles.every(isRole) || roles.length === 0) return 'token has no valid roles';
  if (typeof exp !== 'number') return 'token has no exp';
  if (exp <= nowSeconds) return 'token expired';
  return { sub, roles, exp };
}

/**
 * `verifyToken` with the tokens it accepted kept by their string until they expire: a client sends
 * the same token with every request, and the HMAC and the two base64/JSON parses were about a
 * twentieth of the API process's CPU per command (docs/benchmarks.md). A hit is the very bytes that
 * verified under this secret, so nothing is trusted that was not checked; refusals are not kept.
 * Bounded: emptied when full.
 */
export class TokenVerifier {
  private readonly accepted = new Map<string, Claims>();

  constructor(
    private readonly secret: string,
    private readonly capacity = 10_000,
  ) {}

  verify(token: string, nowSeconds = Date.now() / 1000): Claims | string {
    const known = this.accepted.get(token);
    if (known !== undefined) {
      if (known.exp > nowSeconds) return known;
      this.accepted.delete(token);
      return 'token expired';
    }
    const claims = verifyToken(token, this.secret, nowSeconds);
    if (typeof claims === 'string') return claims;
    if (this.accepted.size >= this.capacity) this.accepted.clear();
    const frozen = Object.freeze({ ...claims, roles: Object.freeze([...claims.roles]) });
    this.accepted.set(token, frozen);
    return frozen;
  }
}
