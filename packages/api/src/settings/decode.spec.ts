import * as E from 'fp-ts/Either';
import { decodeSettings, settingsReport } from './decode';

const problems = (env: NodeJS.ProcessEnv) => {
  const decoded = decodeSettings(env);
  if (E.isRight(decoded)) throw new Error('expected the settings to be refused');
  return decoded.left;
};
const settings = (env: NodeJS.ProcessEnv) => {
  const decoded = decodeSettings(env);
  if (E.isLeft(decoded)) throw new Error(settingsReport(decoded.left));
  return decoded.right;
};
const secret = 'a-secret-of-at-least-thirty-two-chars!';
const production = { DATABASE_URL: 'postgres://db/casebook', AUTH_JWT_SECRET: secret };

describe('decodeSettings', () => {
  it('gives the defaults for an empty environment: development on the embedded store', () => {
    const { env, mode, auth } = settings({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_URL: undefined,
      CASEBOOK_DATA_DIR: '.casebook',
      LOG_LEVEL: 'info',
      AUTH_ROLES_CLAIM: 'roles',
      AUTH_CLOCK_TOLERANCE_SECONDS: 30,
      CASEBOOK_PROJECTIONS: 'on',
      CASEBOOK_READY_MAX_LAG_SECONDS: 60,
      CASEBOOK_IDEMPOTENCY_PURGE_SECONDS: 60,
      CASEBOOK_RATE_LIMIT: 6000,
      METRICS_PORT: undefined,
    });
    expect(mode).toBe('development');
    expect(auth).toBeNull();
  });

  it('takes CASEBOOK_RATE_LIMIT=0 as no limit', () => {
    expect(settings({ CASEBOOK_RATE_LIMIT: '0' })).toMatchObject({ env: { CASEBOOK_RATE_LIMIT: 0 } });
  });

  it('treats an empty variable as unset', () => {
    expect(settings({ PORT: '', DATABASE_URL: '', AUTH_JWT_SECRET: '' })).toMatchObject({
      env: { PORT: 3000 },
      mode: 'development',
      auth: null,
    });
  });

  it('decodes a Keycloak set-up into JWKS options', () => {
    const { auth, mode } = settings({
      DATABASE_URL: 'postgresql://casebook@db:5432/casebook',
      AUTH_JWKS_URL: 'https://idp.example.com/realms/casebook/protocol/openid-connect/certs',
      AUTH_ISSUER: 'https://idp.example.com/realms/casebook',
      AUTH_AUDIENCE: 'casebook,account',
      AUTH_ROLES_CLAIM: 'realm_access.roles',
      AUTH_ROLE_MAP: 'cb-agent:agent, cb-supervisor:supervisor',
      AUTH_CLOCK_TOLERANCE_SECONDS: '10',
      AUTH_JWKS_CACHE_SECONDS: '300',
    });
    expect(mode).toBe('production');
    expect(auth).toEqual({
      jwksUrl: 'https://idp.example.com/realms/casebook/protocol/openid-connect/certs',
      issuer: 'https://idp.example.com/realms/casebook',
      audience: ['casebook', 'account'],
      rolesClaim: 'realm_access.roles',
      roleMap: { 'cb-agent': 'agent', 'cb-supervisor': 'supervisor' },
      clockToleranceSeconds: 10,
      jwksCacheMaxAgeMs: 300_000,
    });
  });

  it('names every wrong variable and what it expects, in one go', () => {
    expect(
      problems({
        ...production,
        PORT: '70000',
        DATABASE_URL: 'mysql://root:hunter2@db/casebook',
        EVENTSTORE_URL: 'tcp://admin:hunter2@esdb:1113',
        LOG_LEVEL: 'loud',
        CASEBOOK_PROJECTIONS: 'yes',
        CASEBOOK_READY_MAX_LAG_SECONDS: 'abc',
        CASEBOOK_IDEMPOTENCY_PURGE_SECONDS: '-1',
        CASEBOOK_RATE_LIMIT: '1.5',
        AUTH_CLOCK_TOLERANCE_SECONDS: '3600',
        AUTH_ROLE_MAP: 'cb-agent:root',
        CASEBOOK_PII_MASTER_KEY: 'c2hvcnQ=',
      }),
    ).toEqual([
      'PORT=70000: expected a port, 1-65535',
      'DATABASE_URL (value hidden): expected a postgres:// or postgresql:// URL',
      'EVENTSTORE_URL (value hidden): expected an esdb:// or esdb+discover:// connection string',
      'LOG_LEVEL=loud: expected fatal, error, warn, info, debug, trace or silent',
      'AUTH_ROLE_MAP=cb-agent:root: expected idp-role:casebook-role pairs, comma-separated (casebook roles: agent, supervisor, auditor, analyst, admin, service, warehouse)',
      'AUTH_CLOCK_TOLERANCE_SECONDS=3600: expected a whole number of seconds, 0-300',
      'CASEBOOK_PROJECTIONS=yes: expected on or off',
      'CASEBOOK_READY_MAX_LAG_SECONDS=abc: expected a number of seconds ≥ 1',
      'CASEBOOK_IDEMPOTENCY_PURGE_SECONDS=-1: expected a number of seconds ≥ 0',
      'CASEBOOK_PII_MASTER_KEY (value hidden): expected the base64 of 32 bytes (openssl rand -base64 32)',
      'CASEBOOK_RATE_LIMIT=1.5: expected a whole number ≥ 0',
    ]);
  });

  it('never echoes a secret', () => {
    const report = settingsReport(problems({ AUTH_JWT_SECRET: 'short-secret-xyz' }));
    expect(report).toContain('AUTH_JWT_SECRET (value hidden): expected a secret of at least 32 characters');
    expect(report).not.toContain('short-secret-xyz');
  });

  it('refuses to start in production without token settings, naming the variables to set', () => {
    const [only, ...rest] = problems({ DATABASE_URL: 'postgres://db/casebook' });
    expect(rest).toEqual([]);
    expect(only).toMatch(/^no token settings: set AUTH_JWKS_URL .* or AUTH_JWT_SECRET/);
    expect(problems({ CASEBOOK_ENV: 'production' })).toEqual([only]);
  });

  it('uses the development secret with DATABASE_URL only when told CASEBOOK_ENV=development', () => {
    const { auth, mode } = settings({ DATABASE_URL: 'postgres://db/casebook', CASEBOOK_ENV: 'development' });
    expect([auth, mode]).toEqual([null, 'development']);
  });

  it('refuses a secret and a JWKS together, and a metrics port that is the API port', () => {
    expect(
      problems({ ...production, AUTH_JWKS_URL: 'https://idp/certs', PORT: '8080', METRICS_PORT: '8080' }),
    ).toEqual([
      'AUTH_JWT_SECRET and AUTH_JWKS_URL: set one, not both (HS256 and IdP tokens are never mixed)',
      'METRICS_PORT=8080: expected a port, 1-65535, not PORT',
    ]);
  });

  it.each([
    ['PORT', '0x50'],
    ['PORT', ' '],
    ['HOST', 'my host'],
    ['AUTH_JWKS_URL', 'ftp://idp/certs'],
    ['AUTH_JWKS_URL', 'not a url'],
    ['AUTH_ROLES_CLAIM', 'realm_access..roles'],
    ['AUTH_AUDIENCE', 'casebook,,account'],
    ['CASEBOOK_ENV', 'staging'],
    ['METRICS_PORT', '-1'],
  ])('refuses %s=%j', (name, value) => {
    // A JWKS URL replaces the secret: the two together are refused on their own.
    const base = name === 'AUTH_JWKS_URL' ? { DATABASE_URL: production.DATABASE_URL } : production;
    expect(problems({ ...base, [name]: value })).toEqual([expect.stringMatching(new RegExp(`^${name}=`))]);
  });
});
