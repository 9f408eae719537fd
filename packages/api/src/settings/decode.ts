import type { SlaSettings } from '@casebook/domain';
import { readSlaConfig } from '@casebook/projections';
import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import type { AuthOptions } from '../auth/token-verifier';
import { type AnySetting, type Environment, EnvironmentCodec, SETTINGS } from './settings';

/** The environment decoded, and what follows from it. */
export interface Settings {
  readonly env: Environment;
  readonly mode: 'development' | 'production';
  /** How tokens are checked; null: the development secret (made in the data directory, tokens printed). */
  readonly auth: AuthOptions | null;
  /** The SLA settings from CASEBOOK_SLA_CONFIG (empty: the built-in policies). */
  readonly sla: SlaSettings;
}

const given = (raw: NodeJS.ProcessEnv, name: keyof typeof SETTINGS) => (raw[name] ?? '') !== '';
const ORDER = Object.keys(SETTINGS);

/** One line per wrong variable, in table order; a secret's value is never echoed. */
function wrongVariables(errors: t.Errors): string[] {
  const lines = new Map<string, string>();
  for (const error of errors) {
    const entry = error.context[1];
    if (entry === undefined || lines.has(entry.key)) continue;
    const setting = (SETTINGS as Record<string, AnySetting>)[entry.key]!;
    const value = setting.secret ? ' (value hidden)' : `=${String(entry.actual)}`;
    lines.set(entry.key, `${entry.key}${value}: expected ${setting.expects}`);
  }
  return [...lines].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b)).map(([, line]) => line);
}

/** The rules across variables: one way to check tokens, and a real one outside development. */
function crossChecks(raw: NodeJS.ProcessEnv, mode: Settings['mode'], env?: Environment): string[] {
  const problems: string[] = [];
  const secret = given(raw, 'AUTH_JWT_SECRET');
  const jwks = given(raw, 'AUTH_JWKS_URL');
  if (secret && jwks)
    problems.push(
      'AUTH_JWT_SECRET and AUTH_JWKS_URL: set one, not both (HS256 and IdP tokens are never mixed)',
    );
  if (!secret && !jwks && mode === 'production')
    problems.push(
      'no token settings: set AUTH_JWKS_URL (your identity provider JWKS) or AUTH_JWT_SECRET (an HS256 secret of ' +
        'at least 32 characters); the development secret is only for the embedded store or CASEBOOK_ENV=development',
    );
  if (given(raw, 'NOTIFY_WEBHOOK_URL') && !given(raw, 'NOTIFY_WEBHOOK_SECRET'))
    problems.push('NOTIFY_WEBHOOK_URL: needs NOTIFY_WEBHOOK_SECRET (receivers check the signature with it)');
  if (given(raw, 'PAYMENTS_PROVIDER_URL') && !given(raw, 'PAYMENTS_CALLBACK_SECRET'))
    problems.push(
      'PAYMENTS_PROVIDER_URL: needs PAYMENTS_CALLBACK_SECRET (provider callbacks are checked with it)',
    );
  if (given(raw, 'SMTP_URL') && !given(raw, 'NOTIFY_FROM'))
    problems.push('SMTP_URL: needs NOTIFY_FROM (the sender of customer e-mails)');
  if (env?.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT)
    problems.push(`METRICS_PORT=${env.METRICS_PORT}: expected ${SETTINGS.METRICS_PORT.expects}`);
  return problems;
}

function authOf(env: Environment): AuthOptions | null {
  const checks = {
    ...(env.AUTH_ISSUER === undefined ? {} : { issuer: env.AUTH_ISSUER }),
    ...(env.AUTH_AUDIENCE === undefined ? {} : { audience: env.AUTH_AUDIENCE }),
    ...(env.AUTH_ROLE_MAP === undefined ? {} : { roleMap: env.AUTH_ROLE_MAP }),
    rolesClaim: env.AUTH_ROLES_CLAIM,
    clockToleranceSeconds: env.AUTH_CLOCK_TOLERANCE_SECONDS,
  };
  if (env.AUTH_JWKS_URL !== undefined)
    return { ...checks, jwksUrl: env.AUTH_JWKS_URL, jwksCacheMaxAgeMs: env.AUTH_JWKS_CACHE_SECONDS * 1000 };
  if (env.AUTH_JWT_SECRET !== undefined) return { ...checks, jwtSecret: env.AUTH_JWT_SECRET };
  return null;
}

/**
 * Decodes the whole environment at start. Left: every wrong variable, each named with what it
 * expects, so one failed start shows all there is to fix.
 */
export function decodeSettings(raw: NodeJS.ProcessEnv): E.Either<readonly string[], Settings> {
  const declared =
    raw.CASEBOOK_ENV === 'development' || raw.CASEBOOK_ENV === 'production' ? raw.CASEBOOK_ENV : undefined;
  const mode = declared ?? (given(raw, 'DATABASE_URL') ? 'production' : 'development');
  const decoded = EnvironmentCodec.decode(raw);
  const problems = E.isLeft(decoded)
    ? [...wrongVariables(decoded.left), ...crossChecks(raw, mode)]
    : crossChecks(raw, mode, decoded.right);
  const sla = E.isLeft(decoded) ? undefined : readSlaConfig(decoded.right.CASEBOOK_SLA_CONFIG);
  if (sla?.ok === false) problems.push(...sla.problems);
  if (E.isLeft(decoded) || sla?.ok !== true || problems.length > 0) return E.left(problems);
  return E.right({ env: decoded.right, mode, auth: authOf(decoded.right), sla: sla.settings });
}

/** What a refused start prints. */
export const settingsReport = (problems: readonly string[]): string =>
  [
    `casebook: ${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} wrong:`,
    ...problems.map((p) => `  ${p}`),
    'docs/operations.md, "Settings", lists every variable.',
  ].join('\n');
