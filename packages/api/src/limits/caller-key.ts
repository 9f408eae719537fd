import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { Claims } from '../auth/jwt';

/** Checks a bearer token: its claims, or why it is refused. */
export type VerifyToken = (token: string) => Promise<Claims | string>;

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/;
const verified = new WeakMap<FastifyRequest, Promise<Claims | string | undefined>>();

/**
 * The request's bearer token, verified once per request whoever asks first (the rate limiter runs
 * before the guard): its claims, why it was refused, or `undefined` when there is none. Rejects
 * when the token could not be checked at all (`IdentityProviderUnavailable`).
 */
export function verifiedToken(
  req: FastifyRequest,
  verify: VerifyToken,
): Promise<Claims | string | undefined> {
  let claims = verified.get(req);
  if (claims === undefined) {
    const m = BEARER.exec(req.headers.authorization ?? '');
    // A failure to verify at all (the identity provider away: a 503) stays a rejection, for the guard.
    claims = m ? verify(m[1]!) : Promise.resolve(undefined);
    verified.set(req, claims);
  }
  return claims;
}

/**
 * Whose budget a request spends: the subject of a token that verified, else the caller's address
 * (an IPv6 caller by its /64, as the plugin does: one host holds the whole prefix).
 * Never an unverified token's `sub`: anyone could write someone else's and spend their budget.
 */
export async function callerKey(req: FastifyRequest, verify: VerifyToken): Promise<string> {
  const claims = await verifiedToken(req, verify).catch(() => undefined);
  return typeof claims === 'object' ? `sub:${claims.sub}` : `ip:${normalizeIP(req.ip)}`;
}
