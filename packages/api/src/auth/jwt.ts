import { createHmac } from 'node:crypto';

export const ROLES = ['agent', 'supervisor', 'auditor', 'analyst', 'admin', 'service', 'warehouse'] as const;
export type Role = (typeof ROLES)[number];

/** What a verified token says about its caller. */
export interface Claims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly exp: number;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const sign = (input: string, secret: string) => createHmac('sha256', secret).update(input).digest();

/** Issues an HS256 token (dev tokens, tests, the benchmark); `TokenVerifier` checks it. */
export function signToken(
  claims: { sub: string; roles: readonly Role[] },
  secret: string,
  ttlSeconds = 3600,
): string {
  const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
  const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ ...claims, exp }))}`;
  return `${head}.${b64url(sign(head, secret))}`;
}
