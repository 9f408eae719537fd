import type { Pool } from 'pg';
import { type Migration, runMigrations } from '../migrations';

/**
 * The event-store schema. Read docs/architecture.md ("Ordering") for why global positions are
 * reserved under a short advisory lock right after the transaction id is assigned.
 */
/**
 * Assigns the transaction id and reserves n global positions as one step under a session-level
 * advisory lock, so that transaction-id order equals global-position order. Released at once
 * (not at commit), so concurrent appends serialise only for microseconds.
 */
const reservePositions = `
CREATE FUNCTION casebook_reserve_positions(n integer) RETURNS bigint[] LANGUAGE plpgsql AS $fn$
DECLARE gps bigint[] := '{}';
BEGIN
  PERFORM pg_advisory_lock(727253620);
  BEGIN
    PERFORM pg_current_xact_id();
    FOR i IN 1..n LOOP gps := gps || nextval('casebook_global_position'); END LOOP;
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    PERFORM pg_advisory_unlock(727253620);
    RAISE;
  END;
  PERFORM pg_advisory_unlock(727253620);
  RETURN gps;
END $fn$;`;

/**
 * Appends a batch of independent stream appends in one statement (one round trip, one
 * transaction). Input: [{s: stream, k: any|no_stream|stream_exists|exact, x: version, e: [events]}].
 * Output per append: ok | replayed | wrong_version | conflict, the stream version and last position.
 * With atomic = true any failure raises 'casebook_append_rejected' and nothing is written.
 */
const appendFunction = `
CREATE FUNCTION casebook_append(batch jsonb, atomic boolean)
RETURNS TABLE (idx integer, status text, version bigint, last_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  n integer := jsonb_array_length(batch);
  st text[] := array_fill(NULL::text, ARRAY[n]);
  vers bigint[] := array_fill(NULL::bigint, ARRAY[n]);
  poss bigint[] := array_fill(NULL::bigint, ARRAY[n]);
  offs integer[] := array_fill(0, ARRAY[n]);
  lock_order integer[];
  total integer := 0;
  a jsonb; i integer; cur bigint; replay_version bigint; k text; cnt integer; found_n integer; same boolean; lastpos bigint; gps bigint[];
BEGIN
  -- Lock streams in id order so that concurrent batches cannot deadlock.
  SELECT array_agg(o.ord ORDER BY o.val->>'s', o.ord) INTO lock_order
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord);
  FOREACH i IN ARRAY lock_order LOOP
    a := batch->(i - 1);
    cnt := jsonb_array_length(a->'e');
    SELECT s.version INTO cur FROM streams s WHERE s.stream_id = a->>'s' FOR UPDATE;
    IF NOT FOUND THEN cur := -1; END IF;
    -- A retry of an append that already succeeded writes nothing and answers as the first time.
    SELECT count(*), max(ev.stream_position), max(ev.global_position),
           coalesce(bool_and(ev.stream_id = a->>'s' AND ev.type = x.val->>'t'
             AND ev.schema_version = (x.val->>'v')::integer AND ev.data = x.val->'d' AND ev.metadata = x.val->'m'), true)
      INTO found_n, replay_version, lastpos, same
      FROM jsonb_array_elements(a->'e') AS x(val) JOIN events ev ON ev.event_id = (x.val->>'id')::uuid;
    IF found_n > 0 THEN
      st[i] := CASE WHEN found_n = cnt AND same THEN 'replayed' ELSE 'conflict' END;
      vers[i] := replay_version;
      poss[i] := lastpos;
      CONTINUE;
    END IF;
    k := a->>'k';
    vers[i] := cur;
    IF k = 'any' OR (k = 'no_stream' AND cur = -1) OR (k = 'stream_exists' AND cur >= 0)
       OR (k = 'exact' AND cur = (a->>'x')::bigint) THEN
      st[i] := 'ok'; offs[i] := total; total := total + cnt;
    ELSE
      st[i] := 'wrong_version';
    END IF;
  END LOOP;

  IF atomic AND NOT (st <@ ARRAY['ok']::text[] OR st <@ ARRAY['replayed']::text[]) THEN
    RAISE EXCEPTION 'casebook_append_rejected' USING DETAIL = to_jsonb(st)::text || '|' || to_jsonb(vers)::text;
  END IF;

  IF total > 0 THEN
    gps := casebook_reserve_positions(total);
    INSERT INTO events (global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata)
    SELECT gps[offs[o.ord] + x.ord], o.val->>'s', vers[o.ord] + x.ord, (x.val->>'id')::uuid, x.val->>'t',
           (x.val->>'v')::integer, x.val->'d', x.val->'m'
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord)
      CROSS JOIN LATERAL jsonb_array_elements(o.val->'e') WITH ORDINALITY AS x(val, ord)
     WHERE st[o.ord] = 'ok';
    INSERT INTO streams AS s (stream_id, version)
    SELECT o.val->>'s', vers[o.ord] + jsonb_array_length(o.val->'e')
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord)
     WHERE st[o.ord] = 'ok'
    ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, updated_at = now();
    FOR i IN 1..n LOOP
      IF st[i] = 'ok' THEN
        cnt := jsonb_array_length(batch->(i - 1)->'e');
        poss[i] := gps[offs[i] + cnt];
        vers[i] := vers[i] + cnt;
      END IF;
    END LOOP;
  END IF;
  RETURN QUERY SELECT u.ord::integer, u.st, u.v, u.p FROM unnest(st, vers, poss) WITH ORDINALITY AS u(st, v, p, ord);
END $fn$;`;

export const eventStoreMigrations: readonly Migration[] = [
  {
    id: 'event-store/001-events',
    sql: `
CREATE TABLE streams (
  stream_id  text PRIMARY KEY,
  version    bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE casebook_global_position AS bigint START 1;
CREATE TABLE events (
  global_position bigint PRIMARY KEY,
  stream_id       text NOT NULL,
  stream_position bigint NOT NULL,
  event_id        uuid NOT NULL UNIQUE,
  type            text NOT NULL,
  schema_version  integer NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  UNIQUE (stream_id, stream_position)
);
CREATE INDEX events_type_position ON events (type, global_position);
CREATE INDEX events_stream_prefix ON events (stream_id text_pattern_ops, global_position);
`,
  },
  {
    id: 'event-store/002-append-function',
    sql: `${reservePositions}\n${appendFunction}`,
  },
];

/** Creates or upgrades the event-store tables and functions. */
export function migrate(pool: Pool): Promise<string[]> {
  return runMigrations(pool, eventStoreMigrations);
}
