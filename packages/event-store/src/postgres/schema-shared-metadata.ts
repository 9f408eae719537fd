import type { Migration } from '../migrations';

/**
 * casebook_append of 003 made cheaper for large appends (docs/benchmarks.md, "100-event appends"):
 *
 * - **Shared metadata.** A command's events share one metadata object. The writer may send it once
 *   per append (`m` beside `e`) instead of once per event: a 100-event append then carries, parses
 *   and extracts one copy instead of a hundred. Each row still stores its own metadata. An event's
 *   own `m` wins, so a writer of the old shape (every event with `m`) is read as before.
 * - **One id probe per append, not per event.** Before, every event id was looked up to tell a
 *   retry from a new append (0.4 ms of a 100-event append's 3 ms in the function). A retry of an
 *   append that committed has its first id stored, so probing first ids finds every replay. An id
 *   stored elsewhere in an append is caught by the `event_id` unique index; the writer then calls
 *   again with `all_ids` (batcher.ts), and that call finds and names the conflict as before.
 *
 * The two-argument form stays for writers of the old version, with every id probed.
 */
const appendFunction = `
CREATE FUNCTION casebook_append(batch jsonb, atomic boolean, all_ids boolean)
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
  IF all_ids THEN
    SELECT count(*) INTO stored FROM events ev
     WHERE ev.event_id = ANY(ARRAY(SELECT (x.val->>'id')::uuid
                                     FROM jsonb_array_elements(batch) o, jsonb_array_elements(o->'e') AS x(val)));
  ELSE
    SELECT count(*) INTO stored FROM events ev
     WHERE ev.event_id = ANY(ARRAY(SELECT (o->'e'->0->>'id')::uuid FROM jsonb_array_elements(batch) o));
  END IF;
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
    -- OFFSET 0: project each event's own fields before the window sorts them (see 003).
    INSERT INTO events (global_position, stream_id, stream_position, event_id, type, schema_version, data, metadata, hash)
    SELECT gps[r.off + r.n], r.s, r.pos, r.id, r.t, r.v, r.d, r.m,
           casebook_chain(r.prev, r.pos, r.digest) OVER (PARTITION BY r.a ORDER BY r.n)
      FROM (SELECT o.ord AS a, x.ord AS n, o.val->>'s' AS s, offs[o.ord] AS off, vers[o.ord] + x.ord AS pos,
                   (x.val->>'id')::uuid AS id, x.val->>'t' AS t, (x.val->>'v')::integer AS v,
                   x.val->'d' AS d, coalesce(x.val->'m', o.val->'m') AS m, decode(x.val->>'h', 'hex') AS digest,
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
END $fn$;

CREATE OR REPLACE FUNCTION casebook_append(batch jsonb, atomic boolean)
RETURNS TABLE (idx integer, status text, version bigint, last_position bigint)
LANGUAGE sql AS $fn$ SELECT * FROM casebook_append(batch, atomic, true) $fn$;`;

/** casebook_check_with_replays of 002, comparing metadata sent once per append as well. */
const checkWithReplays = `
CREATE OR REPLACE FUNCTION casebook_check_with_replays(batch jsonb, sids text[], cnts integer[], cur_ids text[],
  cur_versions bigint[], OUT st text[], OUT vers bigint[], OUT offs integer[], OUT poss bigint[])
LANGUAGE plpgsql AS $fn$
DECLARE
  n integer := jsonb_array_length(batch);
  a jsonb; j integer; cur bigint; k text; used integer := 0; found_n integer; same boolean; v bigint; p bigint;
BEGIN
  st := array_fill(NULL::text, ARRAY[n]); vers := array_fill(NULL::bigint, ARRAY[n]);
  offs := array_fill(0, ARRAY[n]); poss := array_fill(NULL::bigint, ARRAY[n]);
  FOR i IN 1..n LOOP
    a := batch->(i - 1);
    SELECT count(*), max(ev.stream_position), max(ev.global_position),
           coalesce(bool_and(ev.stream_id = a->>'s' AND ev.type = x.val->>'t'
             AND ev.schema_version = (x.val->>'v')::integer AND ev.data = x.val->'d'
             AND ev.metadata = coalesce(x.val->'m', a->'m')), true)
      INTO found_n, v, p, same
      FROM jsonb_array_elements(a->'e') AS x(val)
      JOIN (SELECT * FROM events WHERE event_id = ANY(ARRAY(
              SELECT (y->>'id')::uuid FROM jsonb_array_elements(a->'e') y))) ev
        ON ev.event_id = (x.val->>'id')::uuid;
    IF found_n > 0 THEN
      st[i] := CASE WHEN found_n = cnts[i] AND same THEN 'replayed' ELSE 'conflict' END;
      vers[i] := v; poss[i] := p;
      CONTINUE;
    END IF;
    j := array_position(cur_ids, sids[i]);
    cur := CASE WHEN j IS NULL THEN -1 ELSE cur_versions[j] END;
    k := a->>'k';
    vers[i] := cur; offs[i] := used; used := used + cnts[i];
    st[i] := CASE WHEN k = 'any' OR (k = 'no_stream' AND cur = -1) OR (k = 'stream_exists' AND cur >= 0)
                    OR (k = 'exact' AND cur = (a->>'x')::bigint) THEN 'ok' ELSE 'wrong_version' END;
  END LOOP;
END $fn$;`;

export const sharedMetadataMigration: Migration = {
  id: 'event-store/005-shared-metadata',
  sql: `${checkWithReplays}\n${appendFunction}`,
};
