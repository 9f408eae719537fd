import type { Migration } from '../migrations';

/**
 * Anchors live beside the events, in a list of their own (run after the event store's), so the
 * event store's migration list stays the append path's. `heads` holds every anchored stream head,
 * which verification needs; `statement` is the exact text that was signed.
 */
export const anchorMigrations: readonly Migration[] = [
  {
    id: 'audit/001-anchors',
    sql: `
CREATE TABLE audit_anchors (
  id               bigserial PRIMARY KEY,
  created_at       timestamptz NOT NULL,
  covered_position bigint NOT NULL,
  stream_count     integer NOT NULL,
  merkle_root      text NOT NULL,
  heads            jsonb NOT NULL,
  statement        text NOT NULL,
  signature        text NOT NULL,
  public_key       text NOT NULL
);`,
  },
];
