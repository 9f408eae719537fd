import type { Migration } from '../migrations';

const GENESIS = `'\\x${'00'.repeat(32)}'::bytea`;
/** Whether append `o` carries `p`, the hash of the head `l` read (no row: GENESIS). */
const TRUSTED = `coalesce(decode(o.val->>'p', 'hex') = coalesce(l.h, ${GENESIS}), false)`;

/**
 * casebook_append of 003, taking the writer's chain where it holds: an append may carry `p`, the
 * hash of the head the writer chained from (GENESIS for a stream it takes to be new), and its
 * events `c`, their chained hashes. When `p` is the head this call reads (in the same statement
 * as 003, so no writer slips in between), the hashes are stored as sent; otherwise, or without
 * `p`, they are chained here as in 003. 003's plpgsql step per row cost 100-event appends a fifth
 * of their throughput (docs/benchmarks.md, "The hash chain"). A head's hash covers its position,
 * so an equal hash is the same head and the writer's positions are ours.
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
  stored integer; st text[]; vers bigint[]; offs integer[]; trusted boolean[];
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
    -- 003's check, which also finds the appends the writer chained from the head just read.
    SELECT array_agg(d.st ORDER BY d.ord), array_agg(d.cur ORDER BY d.ord), array_agg(d.off ORDER BY d.ord),
           array_agg(d.trusted ORDER BY d.ord)
      INTO st, vers, offs, trusted
      FROM (SELECT o.ord, coalesce(l.v, -1) AS cur, ${TRUSTED} AS trusted,
                   (sum(cnts[o.ord]) OVER (ORDER BY o.ord) - cnts[o.ord])::integer AS off,
                   CASE WHEN o.val->>'k' = 'any' OR (o.val->>'k' = 'no_stream' AND l.v IS NULL)
                          OR (o.val->>'k' = 'stream_exists' AND l.v IS NOT NULL)
                          OR (o.val->>'k' = 'exact' AND l.v = (o.val->>'x')::bigint)
                        THEN 'ok' ELSE 'wrong_version' END AS st
              FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord)
              LEFT JOIN unnest(cur_ids, cur_versions, cur_hashes) AS l(id, v, h) ON l.id = o.val->>'s') d;
  ELSE
    -- Retries are answered as before: a replay writes nothing, so its first hashes stand.
    SELECT r.st, r.vers, r.offs, r.poss INTO st, vers, offs, poss
      FROM casebook_check_with_replays(batch, sids, cnts, cur_ids, cur_versions) r;
    SELECT array_agg(${TRUSTED} ORDER BY o.ord) INTO trusted
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord)
      LEFT JOIN unnest(cur_ids, cur_hashes) AS l(id, h) ON l.id = o.val->>'s';
  END IF;

  IF atomic AND NOT (st <@ ARRAY['ok']::text[] OR st <@ ARRAY['replayed']::text[]) THEN
    RAISE EXCEPTION 'casebook_append_rejected' USING DETAIL = to_jsonb(st)::text || '|' || to_jsonb(vers)::text;
  END IF;

  IF 'ok' = ANY(st) THEN
    INSERT INTO events (global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, hash)
    SELECT gps[offs[o.ord] + x.ord], o.val->>'s', vers[o.ord] + x.ord, (x.val->>'id')::uuid, x.val->>'t',
           (x.val->>'v')::integer, x.val->'d', x.val->'m', decode(x.val->>'c', 'hex')
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord)
      CROSS JOIN LATERAL jsonb_array_elements(o.val->'e') WITH ORDINALITY AS x(val, ord)
     WHERE st[o.ord] = 'ok' AND trusted[o.ord];
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(st, trusted) AS u(s, t) WHERE u.s = 'ok' AND NOT u.t) THEN
    -- The rest as 003 chains them (OFFSET 0: see 003, the window must not sort whole batches).
    INSERT INTO events (global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, hash)
    SELECT gps[r.off + r.n], r.s, r.pos, r.id, r.t, r.v, r.d, r.m,
           casebook_chain(r.prev, r.pos, r.digest) OVER (PARTITION BY r.a ORDER BY r.n)
      FROM (SELECT o.ord AS a, x.ord AS n, o.val->>'s' AS s, offs[o.ord] AS off, vers[o.ord] + x.ord AS pos,
                   (x.val->>'id')::uuid AS id, x.val->>'t' AS t, (x.val->>'v')::integer AS v,
                   x.val->'d' AS d, x.val->'m' AS m, decode(x.val->>'h', 'hex') AS digest,
                   coalesce(l.h, ${GENESIS}) AS prev
              FROM jsonb_array_elements(batch) WITH ORDINALITY AS o(val, ord)
              CROSS JOIN LATERAL jsonb_array_elements(o.val->'e') WITH ORDINALITY AS x(val, ord)
              LEFT JOIN unnest(cur_ids, cur_hashes) AS l(id, h) ON l.id = o.val->>'s'
             WHERE st[o.ord] = 'ok' AND NOT trusted[o.ord] OFFSET 0) r;
  END IF;
  RETURN QUERY
    SELECT u.ord::integer, u.s,
           CASE WHEN u.s = 'ok' THEN u.v + cnts[u.ord] ELSE u.v END,
           CASE WHEN u.s = 'ok' THEN gps[offs[u.ord] + cnts[u.ord]] ELSE u.p END
      FROM unnest(st, vers, poss) WITH ORDINALITY AS u(s, v, p, ord);
END $fn$;`;

export const writerChainMigration: Migration = { id: 'event-store/004-writer-chain', sql: appendFunction };
