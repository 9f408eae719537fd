import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { SINGLE_LINE, textFault } from '@casebook/domain';
import { ProblemError, problem } from '../http/problem';
import { rolesOf } from './claims';
import type { Claims, Role } from './jwt';

/** What both kinds of verifier check besides the signature. */
export interface TokenChecks {
  /** `iss` must equal this when set (AUTH_ISSUER). */
  readonly issuer?: string;
  /** `aud` must hold one of these when set (AUTH_AUDIENCE). */
  readonly audience?: string | readonly string[];
  /** Seconds of clock skew allowed on `exp` and `nbf` (default 30). */
  readonly clockToleranceSeconds?: number;
  /** Dotted path of the roles in the claims (default `roles`; Keycloak: `realm_access.roles`). */
  readonly rolesClaim?: string;
  /** IdP role name -> casebook role. When set, only the names it maps count. */
  readonly roleMap?: Readonly<Record<string, Role>>;
}

/** HS256 with one shared secret (AUTH_JWT_SECRET): development and simple set-ups. */
export interface SecretAuth extends TokenChecks {
  readonly jwtSecret: string;
}

/** Keys from an identity provider's JWKS (AUTH_JWKS_URL), chosen by the token's `kid`. */
export interface JwksAuth extends TokenChecks {
  readonly jwksUrl: string;
  /** How long fetched keys are trusted before a refetch (default 10 min). */
  readonly jwksCacheMaxAgeMs?: number;
  /** Least time between two refetches for an unknown `kid` (default 30 s). */
  readonly jwksCooldownMs?: number;
}

export type AuthOptions = SecretAuth | JwksAuth;

/**
 * Pinned per kind of key, so a token cannot choose how it is checked: an HMAC verifier never
 * sees an RSA public key used as a secret, a JWKS verifier never accepts HS256, nobody `none`.
 */
export const SECRET_ALGORITHMS = ['HS256'];
export const JWKS_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

/**
 * Verifies bearer tokens with `jose` and keeps the ones it accepted by their string: a client sends
 * the same token with every request, and verification was about a twentieth of the API process's
 * CPU per command (docs/benchmarks.md). A hit is the very bytes that verified, so nothing is trusted
 * that was not checked; refusals are not kept. An entry lives until the token expires, and at most
 * `recheckAfterSeconds` (default: the JWKS cache age), so a key withdrawn from the JWKS stops being
 * honoured. Bounded: emptied when full.
 */
export class TokenVerifier {
  private readonly accepted = new Map<string, { readonly claims: Claims; readonly until: number }>();
  /** jose's check with the one kind of key this verifier has. */
  private readonly jwt: (token: string, options: JWTVerifyOptions) => Promise<JWTPayload>;
  private readonly options: JWTVerifyOptions;
  private readonly tolerance: number;
  private readonly recheckAfterSeconds: number;

  constructor(
    private readonly auth: AuthOptions,
    private readonly capacity = 10_000,
  ) {
    const jwks = 'jwksUrl' in auth;
    if (jwks) {
      const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(auth.jwksUrl), {
        cacheMaxAge: auth.jwksCacheMaxAgeMs ?? 600_000,
        cooldownDuration: auth.jwksCooldownMs ?? 30_000,
      });
      this.jwt = async (token, options) => (await jwtVerify(token, keys, options)).payload;
    } else {
      const secret = new TextEncoder().encode(auth.jwtSecret);
      this.jwt = async (token, options) => (await jwtVerify(token, secret, options)).payload;
    }
    this.tolerance = auth.clockToleranceSeconds ?? 30;
    this.options = {
      algorithms: jwks ? JWKS_ALGORITHMS : SECRET_ALGORITHMS,
      clockTolerance: this.tolerance,
      ...(auth.issuer === undefined ? {} : { issuer: auth.issuer }),
      ...(auth.audience === undefined ? {} : { audience: [auth.audience].flat() }),
    };
    this.recheckAfterSeconds = jwks ? (auth.jwksCacheMaxAgeMs ?? 600_000) / 1000 : Infinity;
  }

  /**
   * The token's claims, or why it is refused (a 401's detail). Rejects only when the identity
   * provider's keys cannot be fetched: a 503 problem, not the caller's fault.
   */
  async verify(token: string, nowSeconds = Date.now() / 1000): Promise<Claims | string> {
    const known = this.accepted.get(token);
    if (known !== undefined) {
      if (known.until > nowSeconds) return known.claims;
      this.accepted.delete(token);
    }
    const claims = await this.check(token, nowSeconds);
    if (typeof claims === 'string') return claims;
    if (this.accepted.size >= this.capacity) this.accepted.clear();
    const until = Math.min(claims.exp + this.tolerance, nowSeconds + this.recheckAfterSeconds);
    this.accepted.set(token, { claims, until });
    return claims;
  }

  private async check(token: string, nowSeconds: number): Promise<Claims | string> {
    let payload: JWTPayload;
    try {
      payload = await this.jwt(token, { ...this.options, currentDate: new Date(nowSeconds * 1000) });
    } catch (e) {
      return refusal(e);
    }
    const { sub, exp } = payload;
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128) return 'token has no valid sub';
    // The subject is recorded (actor, idempotency scope): one that is not text cannot be.
    const fault = textFault(sub, SINGLE_LINE);
    if (fault !== undefined) return `token's sub ${fault}`;
    if (typeof exp !== 'number') return 'token has no exp';
    const roles = rolesOf(payload, this.auth.rolesClaim ?? 'roles', this.auth.roleMap);
    if (roles.length === 0) return 'token has no valid roles';
    return Object.freeze({ sub, roles: Object.freeze(roles), exp });
  }
}

/** Why jose refused a token, in words for the 401; an unreachable IdP is thrown as a 503. */
function refusal(e: unknown): string {
  if (e instanceof errors.JWTExpired) return 'token expired';
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'nbf') return 'token not yet valid (nbf)';
    return `token ${e.claim} claim ${e.reason === 'missing' ? 'missing' : 'not accepted'}`;
  }
  if (e instanceof errors.JOSEAlgNotAllowed || e instanceof errors.JOSENotSupported)
    return 'unsupported token algorithm';
  if (e instanceof errors.JWSSignatureVerificationFailed) return 'bad token signature';
  if (e instanceof errors.JWKSNoMatchingKey) return 'no key of the identity provider matches the token';
  if (e instanceof errors.JWKSMultipleMatchingKeys) return 'the token names no key (kid) and several match';
  if (e instanceof errors.JWSInvalid || e instanceof errors.JWTInvalid) return 'malformed token';
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid || isFetchFailure(e)) {
    throw new ProblemError(
      problem(
        503,
        'IdentityProviderUnavailable',
        'the identity provider keys cannot be fetched; retry shortly',
      ),
    );
  }
  if (e instanceof errors.JOSEError) return 'token refused';
  throw e;
}

/**
 * jose's node build fetches with http(s).get: a non-200 answer is its generic error, a refused
 * connection node's own (matched by its `code`: errors from node's core need not be this realm's).
 */
const isFetchFailure = (e: unknown): boolean =>
  e instanceof errors.JOSEError
    ? e.code === 'ERR_JOSE_GENERIC'
    : typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string';
