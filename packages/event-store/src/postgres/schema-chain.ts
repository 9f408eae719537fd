import type { PoolClient } from 'pg';
import type { Migration } from '../migrations';
import { backfillChain } from '../chain/backfill';

/**
 * One step of a stream's hash chain, as an aggregate so that a multi-event append chains its
 * events in one set-based statement (a window over the append's events in order) rather than a
 * plpgsql loop. The first row of a window starts from `prev`, the stream head's hash. The step is
 * plpgsql, not SQL: an SQL function called from an aggregate is not inlined, and measured slower
 * (2.6 against 1.7 us a row).
 */
const chainAggregate = `
CREATE FUNCTION casebook_chain_step(state bytea, prev bytea, pos bigint, digest bytea) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
BEGIN
  RETURN sha256(coalesce(state, prev) || int8send(pos) || digest);
END $fn$;
CREATE AGGREGATE casebook_chain(bytea, bigint, bytea) (SFUNC = casebook_chain_step, STYPE = bytea);`;

/**
 * casebook_append of 002 with the chain: the stream-head probe also reads the head's hash (same
 * index probe, same statement, so no writer can slip between it and our insert unnoticed: a
 * concurrent append to the stream makes our insert fail on the position index, and the client
 * retries against the new head), and each event's hash is chained from it. Events carry `h`, the
 * hex SHA-256 of their RFC 8785 content (chain/hash.ts); an event without it fails NOT NULL, so a
 * writer of the old version cannot add an unchained event.
 */
const appendFunction = `
CREATE OR REPLACE FUNCTION casebook_append(batch jsonb, atomic boolean)
RETURNS TABLE (idx integer, status text, version bigint, last_position bigint)
LANGUAGE plpgsql
-- Plans per call: see 002 and docs/benchmarks.md (a stale generic plan cost 3.5x).
SET plan_cache_mode = force_custom_plan
AS $fn$
DECLARE
  n integer := jsonb_array_length(batch);
  sids text[]; cnts integer[]; gps bigint[]; cur_ids text[]; cur_versions bigint[]; cur_hashes bytea[];
  stored integer; st text[]; vers bigint[]; offs integer[];
  poss bigint[] := array_fill(NULL::bigint, ARRAY[n]);
BEGIN
  SELECT array_agg(o.val->>'s' ORDER BY o.ord), array_agg(jsonb_array_length(o.val->'e') ORDER BY o.ord)
    INTO sids, cnts FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord);
  -- First of all (docs/architecture.md, "Ordering"): the transaction id and every position.
  gps := casebook_reserve_positions((SELECT sum(c)::integer FROM unnest(cnts) AS c));
  -- Each stream's head (version and hash): one backward probe of the (stream_id, stream_position) index.
  SELECT coalesce(array_agg(u.sid), '{}'), coalesce(array_agg(h.v), '{}'), coalesce(array_agg(h.hash), '{}')
    INTO cur_ids, cur_versions, cur_hashes
    FROM unnest(sids) AS u(sid)
    CROSS JOIN LATERAL (SELECT e.stream_position AS v, e.hash FROM events e WHERE e.stream_id = u.sid
                         ORDER BY e.stream_position DESC LIMIT 1) h;
  SELECT count(*) INTO stored FROM events ev
   WHERE ev.event_id = ANY(ARRAY(SELECT (x.val->>'id')::uuid
                                   FROM jsonb_array_elements(batch) o, jsonb_array_elements(o->'e') AS x(val)));
  IF stored = 0 THEN
    SELECT array_agg(d.st ORDER BY d.ord), array_agg(d.cur ORDER BY d.ord), array_agg(d.off ORDER BY d.ord)
      INTO st, vers, offs
      FROM (SELECT o.ord, coalesce(l.v, -1) AS cur,
                   (sum(cnts[o.ord]) OVER (ORDER BY o.ord) - cnts[o.ord])::integer AS off,
                   CASE WHEN o.val->>'k' = 'any' OR (o.val->>'k' = 'no_stream' AND l.v IS NULL)
                          OR (o.val->>'k' = 'stream_exists' AND l.v IS NOT NULL)
                          OR (o.val->>'k' = 'exact' AND l.v = (o.val->>'x')::bigint)
                        THEN 'ok' ELSE 'wrong_version' END AS st
              FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord)
              LEFT JOIN unnest(cur_ids, cur_versions) AS l(id, v) ON l.id = o.val->>'s') d;
  ELSE
    -- Retries are answered as before: a replay writes nothing, so its first hashes stand.
    SELECT r.st, r.vers, r.offs, r.poss INTO st, vers, offs, poss
      FROM casebook_check_with_replays(batch, sids, cnts, cur_ids, cur_versions) r;
  END IF;

  IF atomic AND NOT (st <@ ARRAY['ok']::text[] OR st <@ ARRAY['replayed']::text[]) THEN
    RAISE EXCEPTION 'casebook_append_rejected' USING DETAIL = to_jsonb(st)::text || '|' || to_jsonb(vers)::text;
  END IF;

  IF 'ok' = ANY(st) THEN
    -- The window sorts its input: project each event's own fields first (OFFSET 0 keeps the
    -- planner from flattening this), or every row would carry its whole append's jsonb through
    -- the sort (measured: a 100-event append spilled 5 MB to disk and took 9 ms instead of 3).
    INSERT INTO events (global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, hash)
    SELECT gps[r.off + r.n], r.s, r.pos, r.id, r.t, r.v, r.d, r.m,
           casebook_chain(r.prev, r.pos, r.digest) OVER (PARTITION BY r.a ORDER BY r.n)
      FROM (SELECT o.ord AS a, x.ord AS n, o.val->>'s' AS s, offs[o.ord] AS off, vers[o.ord] + x.ord AS pos,
                   (x.val->>'id')::uuid AS id, x.val->>'t' AS t, (x.val->>'v')::integer AS v,
                   x.val->'d' AS d, x.val->'m' AS m, decode(x.val->>'h', 'hex') AS digest,
                   coalesce(l.h, '\\x${'00'.repeat(32)}'::bytea) AS prev
              FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord)
              CROSS JOIN LATERAL jsonb_array_elements(o.val->'e') WITH ORDINALITY AS x(val, ord)
              LEFT JOIN unnest(cur_ids, cur_hashes) AS l(id, h) ON l.id = o.val->>'s'
             WHERE st[o.ord] = 'ok' OFFSET 0) r;
  END IF;
  RETURN QUERY
    SELECT u.ord::integer, u.s,
           CASE WHEN u.s = 'ok' THEN u.v + cnts[u.ord] ELSE u.v END,
           CASE WHEN u.s = 'ok' THEN gps[offs[u.ord] + cnts[u.ord]] ELSE u.p END
      FROM unnest(st, vers, poss) WITH ORDINALITY AS u(s, v, p, ord);
END $fn$;`;

/**
 * Adds the chain to an existing store: the column, the aggregate, the new append function, then
 * the hashes of every stored event in stream order. ADD COLUMN holds an exclusive lock on events
 * until the migration commits, so no append interleaves with the backfill.
 */
export const hashChainMigration: Migration = {
  id: 'event-store/003-hash-chain',
  sql: `ALTER TABLE events ADD COLUMN hash bytea;\n${chainAggregate}\n${appendFunction}`,
  async run(client: PoolClient) {
    await backfillChain(client);
    await client.query('ALTER TABLE events ALTER COLUMN hash SET NOT NULL');
  },
};
