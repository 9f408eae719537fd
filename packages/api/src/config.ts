import type { ApprovalLimits, BusinessCalendar } from '@casebook/domain';
import type { EventStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import type { IdempotencyStore } from './idempotency/idempotency.store';

/** What the Casebook module needs from its host: a store, a secret, and optionally PostgreSQL. */
export interface CasebookOptions {
  readonly store: EventStore;
  /** HS256 secret for bearer tokens (AUTH_JWT_SECRET). At least 32 characters. */
  readonly jwtSecret: string;
  /** The store's PostgreSQL: idempotency keys live there and readiness pings it. */
  readonly pool?: Pool;
  /** Overrides where idempotency keys live (default: PostgreSQL when `pool` is given, else memory). */
  readonly idempotency?: IdempotencyStore;
  /** Refund approval limits per role and currency (default: DEFAULT_APPROVAL_LIMITS). */
  readonly approvalLimits?: ApprovalLimits;
  /** The business calendar complaint rules use (default: office hours in Europe/London). */
  readonly calendar?: BusinessCalendar;
  /**
   * The read models' workers (default: run in this process when `pool` is given). `run: false`
   * when `casebook projections run` workers serve them instead.
   */
  readonly projections?: { readonly run?: boolean; readonly pageSize?: number };
  /** `/health/ready` answers 503 when a read model trails the log by more (default 60 s). */
  readonly readyMaxLagSeconds?: number;
  readonly clock?: () => Date;
  readonly newId?: () => string;
}

/** The options after defaults. */
export interface CasebookConfig extends CasebookOptions {
  readonly idempotency: IdempotencyStore;
  readonly clock: () => Date;
  readonly newId: () => string;
}

export const CASEBOOK_OPTIONS = Symbol('CASEBOOK_OPTIONS');
