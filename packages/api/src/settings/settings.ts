import * as t from 'io-ts';
import { ROLES, type Role } from '../auth/jwt';
import {
  atLeast,
  base64Key,
  integer,
  list,
  oneOf,
  port,
  roleMap,
  secret,
  type Setting,
  setting,
  url,
  webhookUrls,
  word,
} from './setting';

/**
 * Every variable the API reads, in the order of the settings table in docs/operations.md (a test
 * holds the table to this). Cross-variable rules are in `decodeSettings`.
 */
export const SETTINGS = {
  PORT: setting({ expects: 'a port, 1-65535', default: '3000', does: 'the HTTP port' }, port, 3000),
  HOST: setting(
    { expects: 'a host name or address', default: '0.0.0.0', does: 'the address the API listens on' },
    word,
    '0.0.0.0',
  ),
  DATABASE_URL: setting(
    {
      expects: 'a postgres:// or postgresql:// URL',
      default: 'unset: embedded PGlite',
      does: 'the PostgreSQL server for events and read models',
      secret: true,
    },
    url('postgres:', 'postgresql:'),
    undefined as string | undefined,
  ),
  EVENTSTORE_URL: setting(
    {
      expects: 'an esdb:// or esdb+discover:// connection string',
      default: 'unset: events in the database',
      does: 'EventStoreDB (or KurrentDB) for the events; read models, checkpoints and keys stay in the database',
      secret: true,
    },
    url('esdb:', 'esdb+discover:'),
    undefined as string | undefined,
  ),
  CASEBOOK_DATA_DIR: setting(
    {
      expects: 'a directory',
      default: './.casebook',
      does: 'where the embedded store, and its generated keys, live (one process owns it)',
    },
    (text) => text,
    '.casebook',
  ),
  CASEBOOK_ENV: setting(
    {
      expects: 'development or production',
      default: 'development without DATABASE_URL, else production',
      does: 'without token settings, development makes a secret in the data directory and prints tokens; production refuses to start',
    },
    oneOf('development', 'production'),
    undefined as 'development' | 'production' | undefined,
  ),
  LOG_LEVEL: setting(
    {
      expects: 'fatal, error, warn, info, debug, trace or silent',
      default: 'info',
      does: 'the least severe log line written',
    },
    oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
    'info',
  ),
  AUTH_JWT_SECRET: setting(
    {
      expects: 'a secret of at least 32 characters',
      default: 'unset',
      does: 'verify HS256 tokens signed with this secret (development, simple set-ups)',
      secret: true,
    },
    secret,
    undefined as string | undefined,
  ),
  AUTH_JWKS_URL: setting(
    {
      expects: 'an http:// or https:// URL',
      default: 'unset',
      does: "verify RS256, ES256 and EdDSA tokens with the identity provider's keys from this JWKS",
    },
    url('http:', 'https:'),
    undefined as string | undefined,
  ),
  AUTH_ISSUER: setting(
    {
      expects: 'the issuer, as in the iss claim',
      default: 'unset: not checked',
      does: 'tokens must have this `iss`',
    },
    word,
    undefined as string | undefined,
  ),
  AUTH_AUDIENCE: setting(
    {
      expects: 'audiences, comma-separated',
      default: 'unset: not checked',
      does: 'tokens must name one of these in `aud`',
    },
    list,
    undefined as string[] | undefined,
    (a) => a!.join(','),
  ),
  AUTH_ROLES_CLAIM: setting(
    {
      expects: 'a claim path, dot-separated',
      default: 'roles',
      does: 'where the roles are in the token: a list, or a space-separated string (Keycloak: realm_access.roles)',
    },
    (text) => (/^[^\s.]+(\.[^\s.]+)*$/.test(text) ? text : undefined),
    'roles',
  ),
  AUTH_ROLE_MAP: setting(
    {
      expects: `idp-role:casebook-role pairs, comma-separated (casebook roles: ${ROLES.join(', ')})`,
      default: 'unset: the claim holds casebook role names',
      does: 'maps the identity provider role names to casebook roles; names it does not map are ignored',
    },
    roleMap,
    undefined as Record<string, Role> | undefined,
    (m) =>
      Object.entries(m!)
        .map(([k, v]) => `${k}:${v}`)
        .join(','),
  ),
  AUTH_CLOCK_TOLERANCE_SECONDS: setting(
    {
      expects: 'a whole number of seconds, 0-300',
      default: '30',
      does: 'clock skew allowed on `exp` and `nbf`',
    },
    integer(0, 300),
    30,
  ),
  AUTH_JWKS_CACHE_SECONDS: setting(
    {
      expects: 'a whole number of seconds ≥ 1',
      default: '600',
      does: 'how long fetched keys are used before the JWKS is fetched again; a token with an unknown kid refetches at most every 30 s',
    },
    integer(1),
    600,
  ),
  CASEBOOK_PROJECTIONS: setting(
    {
      expects: 'on or off',
      default: 'on',
      does: '`off`: the API runs no read-model workers (`casebook projections run` does)',
    },
    oneOf('on', 'off'),
    'on',
  ),
  CASEBOOK_PROCESSES: setting(
    {
      expects: 'on or off',
      default: 'on',
      does: '`off`: the API runs no process managers (SLA timers, refunds, notifications); `pnpm worker` does',
    },
    oneOf('on', 'off'),
    'on',
  ),
  CASEBOOK_SLA_CONFIG: setting(
    {
      expects: 'the path of a JSON file',
      default: 'unset: the built-in policies',
      does: 'SLA policies, the rules that choose them (regime, priority, channel, category), calendar versions with holidays, the warning fraction (docs/processes.md)',
    },
    word,
    undefined as string | undefined,
  ),
  CASEBOOK_READY_MAX_LAG_SECONDS: setting(
    {
      expects: 'a number of seconds ≥ 1',
      default: '60',
      does: '`/health/ready` answers 503 when a read model trails the log by more',
    },
    atLeast(1),
    60,
  ),
  CASEBOOK_IDEMPOTENCY_PURGE_SECONDS: setting(
    {
      expects: 'a number of seconds ≥ 0',
      default: '60',
      does: 'how often expired `Idempotency-Key`s are purged; 0 turns the job off',
    },
    atLeast(0),
    60,
  ),
  CASEBOOK_PII_MASTER_KEY: setting(
    {
      expects: 'the base64 of 32 bytes (openssl rand -base64 32)',
      default: 'unset: a key made in the data directory',
      does: "wraps each customer's data key; every process needs the same one",
      secret: true,
    },
    base64Key,
    undefined as string | undefined,
  ),
  CASEBOOK_RATE_LIMIT: setting(
    {
      expects: 'a whole number ≥ 0',
      default: '6000',
      does: 'requests per minute per caller (token subject; anonymous callers by address); `0` turns the limit off',
    },
    integer(0),
    6000,
  ),
  METRICS_PORT: setting(
    {
      expects: 'a port, 1-65535, not PORT',
      default: 'unset: `/metrics` on PORT',
      does: 'serves `/metrics` on a port of its own, so it need not be public',
    },
    port,
    undefined as number | undefined,
  ),
  NOTIFY_WEBHOOK_URL: setting(
    {
      expects: 'http:// or https:// URLs, comma-separated',
      default: 'unset: no webhooks',
      does: 'outbox messages of the NOTIFY_WEBHOOK_TOPICS are POSTed to each, signed (docs/processes.md)',
      secret: true,
    },
    webhookUrls,
    undefined as string[] | undefined,
    (a) => a!.join(','),
  ),
  NOTIFY_WEBHOOK_SECRET: setting(
    {
      expects: 'a secret of at least 32 characters',
      default: 'unset (required with NOTIFY_WEBHOOK_URL)',
      does: 'the HMAC-SHA256 key of the `Casebook-Signature` header receivers check',
      secret: true,
    },
    secret,
    undefined as string | undefined,
  ),
  NOTIFY_WEBHOOK_TOPICS: setting(
    {
      expects: 'topics, comma-separated (`refund.failed`, `refund.*`, `*`)',
      default: '`*`',
      does: 'the topics webhooks get (e-mail, when it takes a message, goes first)',
    },
    list,
    ['*'],
    (a) => a.join(','),
  ),
  SMTP_URL: setting(
    {
      expects: 'an smtp:// or smtps:// URL',
      default: 'unset: no e-mail',
      does: 'the SMTP server customers are e-mailed through (nodemailer)',
      secret: true,
    },
    url('smtp:', 'smtps:'),
    undefined as string | undefined,
  ),
  NOTIFY_FROM: setting(
    {
      expects: 'a From address, e.g. `Casebook <complaints@example.com>`',
      default: 'unset (required with SMTP_URL)',
      does: 'the sender of customer e-mails',
    },
    (text) => (/^[^\p{Cc}]*[^\s@<>]+@[^\s@<>]+[^\p{Cc}]*$/u.test(text) ? text : undefined),
    undefined as string | undefined,
  ),
  NOTIFY_EMAIL_TOPICS: setting(
    {
      expects: 'topics, comma-separated',
      default: '`customer.*,refund.settled`',
      does: 'the topics e-mailed to customers; messages no transport takes are logged',
    },
    list,
    ['customer.*', 'refund.settled'],
    (a) => a.join(','),
  ),
  NOTIFY_MAX_ATTEMPTS: setting(
    {
      expects: 'a whole number, 1-100',
      default: '12',
      does: 'attempts before a message is a dead letter (the backoff doubles from 10 s, to 1 h)',
    },
    integer(1, 100),
    12,
  ),
  PAYMENTS_PROVIDER_URL: setting(
    {
      expects: 'an http:// or https:// URL',
      default: 'unset: refunds are not paid by casebook',
      does: 'the payment provider approved refunds (and those within the limit) are issued through (docs/processes.md)',
    },
    url('http:', 'https:'),
    undefined as string | undefined,
  ),
  PAYMENTS_CALLBACK_SECRET: setting(
    {
      expects: 'a secret of at least 32 characters',
      default: 'unset (required with PAYMENTS_PROVIDER_URL)',
      does: 'the HMAC-SHA256 key of the `Casebook-Signature` header on `POST /payments/callbacks`',
      secret: true,
    },
    secret,
    undefined as string | undefined,
  ),
  PAYMENTS_CALLBACK_TOLERANCE_SECONDS: setting(
    {
      expects: 'a whole number of seconds, 1-3600',
      default: '300',
      does: 'a callback signed further from now than this is refused (a replay)',
    },
    integer(1, 3600),
    300,
  ),
} satisfies Record<string, AnySetting>;

/** A setting of any type: what the table and the error report read. */
export type AnySetting = Omit<Setting<unknown>, 'codec'> & { readonly codec: t.Mixed };

type Codecs<S> = { readonly [K in keyof S]: S[K] extends { readonly codec: infer C } ? C : never };

/** Each setting's codec under its variable's name: the props of the environment's codec. */
const codecsOf = <S extends Record<string, AnySetting>>(settings: S): Codecs<S> =>
  Object.fromEntries(Object.entries(settings).map(([name, s]) => [name, s.codec])) as Codecs<S>;

/** The one codec of the whole environment: variable name -> decoded value; other variables dropped. */
export const EnvironmentCodec = t.exact(t.type(codecsOf(SETTINGS), 'Environment'));

export type Environment = t.TypeOf<typeof EnvironmentCodec>;
