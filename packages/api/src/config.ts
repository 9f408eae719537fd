import type {
  ApprovalLimits,
  BusinessCalendar,
  RetentionPolicy,
  ReturnPolicy,
  SlaSettings,
} from '@casebook/domain';
import type { EventStore, Keyring, PersonalDataStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import type { AuthOptions, TokenVerifier } from './auth/token-verifier';
import type { ProcessSettings } from './processes/settings';
import type { IdempotencySettings, IdempotencyStore } from './idempotency/idempotency.store';

/** What the Casebook module needs from its host: a store, how to check tokens, and optionally PostgreSQL. */
export interface CasebookOptions {
  readonly store: EventStore;
  /**
   * How bearer tokens are checked: an HS256 secret or an identity provider's JWKS, with issuer,
   * audience, roles claim and role map (docs/operations.md, "Identity"). Give this or `jwtSecret`.
   */
  readonly auth?: AuthOptions;
  /** Shorthand for `auth: { jwtSecret }`: an HS256 secret of at least 32 characters (AUTH_JWT_SECRET). */
  readonly jwtSecret?: string;
  /**
   * Where data subjects' keys live (`PostgresKeyring.open(pool, masterKey)`): the module seals
   * customers' personal data in `store` with them (docs/audit.md, "Erasure"). Required with
   * `pool`; without one (an in-memory store) the keys stay in memory too.
   */
  readonly keyring?: Keyring;
  /** How long each regime's records are kept after a complaint closes (default DEFAULT_RETENTION). */
  readonly retention?: RetentionPolicy;
  /** The store's PostgreSQL: idempotency keys live there and readiness pings it. */
  readonly pool?: Pool;
  /** Overrides where idempotency keys live (default: PostgreSQL when `pool` is given, else memory). */
  readonly idempotency?: IdempotencyStore;
  /** Idempotency-key windows and the purge job (docs/operations.md, "Idempotency keys"). */
  readonly idempotencyKeys?: IdempotencySettings;
  /**
   * How often erased customers' keys left behind by an unfinished erasure are destroyed (the
   * sweep also runs at start; docs/audit.md, "Erasure"). `false` turns it off.
   */
  readonly erasureSweep?: { readonly everyMs?: number; readonly pageSize?: number } | false;
  /** Refund approval limits per role and currency (default: DEFAULT_APPROVAL_LIMITS). */
  readonly approvalLimits?: ApprovalLimits;
  /** Return windows per category, the defect window and the restocking fee (default: DEFAULT_RETURN_POLICY). */
  readonly returnPolicy?: ReturnPolicy;
  /**
   * SLA policies by regime, priority, channel and category, calendar versions per regime (with
   * their holidays) and the warning fraction (CASEBOOK_SLA_CONFIG; docs/processes.md).
   */
  readonly sla?: SlaSettings;
  /** The business calendar complaint rules use (default: office hours in Europe/London). */
  readonly calendar?: BusinessCalendar;
  /**
   * The read models' workers (default: run in this process when `pool` is given). `run: false`
   * when `casebook projections run` workers serve them instead.
   */
  readonly projections?: { readonly run?: boolean; readonly pageSize?: number };
  /**
   * The process managers (SLA clocks, refunds, notifications; docs/processes.md). They run in
   * this process when `pool` is given, unless `run: false` (a `pnpm worker` runs them).
   */
  readonly processes?: ProcessSettings;
  /** `/health/ready` answers 503 when a read model trails the log by more (default 60 s). */
  readonly readyMaxLagSeconds?: number;
  /**
   * `/metrics` on a port of its own (METRICS_PORT; 0: any free port) and not on the API's:
   * Prometheus reaches it on an internal network while the API is public.
   */
  readonly metrics?: { readonly port?: number; readonly host?: string };
  readonly clock?: () => Date;
  readonly newId?: () => string;
}

/** The options after defaults. */
export interface CasebookConfig extends CasebookOptions {
  /** `store` with personal data sealed: what every command, query and worker reads and writes. */
  readonly store: PersonalDataStore;
  readonly retention: RetentionPolicy;
  readonly idempotency: IdempotencyStore;
  /** Checks bearer tokens; one per app, so its caches (accepted tokens, the IdP's keys) are shared. */
  readonly verifier: TokenVerifier;
  readonly clock: () => Date;
  readonly newId: () => string;
}

export const CASEBOOK_OPTIONS = Symbol('CASEBOOK_OPTIONS');
