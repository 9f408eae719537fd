import type { SlaSettings } from '@casebook/domain';
import type { EventStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import type { AnyProjection } from '../runner/projection';
import type { AuditKeySource } from './audit-keys';
import type { Output } from './progress';

/** What a command needs, so tests can hand it a testbed's pool and capture its output. */
export interface CliContext {
  readonly pool: Pool;
  readonly store: EventStore;
  readonly projections: readonly AnyProjection[];
  readonly out: Output;
  /** Errors, logs and progress bars: stdout stays clean for `--json`. */
  readonly err: Output;
  /** Aborted by SIGTERM or SIGINT: `run` stops its workers, `rebuild` and `verify` give up. */
  readonly signal: AbortSignal;
  /** Where the database is, for logs (no password). */
  readonly where?: string;
  readonly now?: () => number;
  /** Signs anchors and exports, and finds the key to verify them with; absent, those commands fail. */
  readonly keys?: AuditKeySource;
  /** The SLA settings (CASEBOOK_SLA_CONFIG): calendar versions complaints recorded, own policies. */
  readonly sla?: SlaSettings;
  /** How often `projections run` anchors the store (0: never). */
  readonly anchorEveryMs?: number;
}
