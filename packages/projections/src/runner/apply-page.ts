import type { StoredEvent } from '@casebook/event-store';
import type { PoolClient } from 'pg';
import type { Projection } from './projection';
import { decodeRow, deleteRows, selectLinks, selectRows, upsertLinks, upsertRows } from './sql';

/** A page read from the log: its events and the position to resume from (past skipped events). */
export interface Page {
  readonly from: bigint;
  readonly events: readonly StoredEvent[];
  readonly to: bigint;
}

/** Test seams. `beforeCommit` throwing simulates a crash after the writes, before COMMIT. */
export interface RunnerHooks {
  beforeCommit?(page: Page): void | Promise<void>;
}

/** Thrown when the checkpoint is not where this runner left it: another runner has written. */
export class CheckpointMoved extends Error {
  constructor(
    readonly projection: string,
    readonly expected: bigint,
    readonly actual: bigint | null,
  ) {
    super(`checkpoint of ${projection} is at ${String(actual)}, expected ${expected}`);
  }
}

/**
 * A rebuild or verify holds the model still while it catches up to it: the owner waits. The
 * hold is a lease (`held_until`), so a rebuild that dies frees the model within seconds.
 */
export class ProjectionHeld extends Error {
  constructor(
    readonly projection: string,
    readonly heldBy: string,
  ) {
    super(`${projection} is held by ${heldBy}`);
  }
}

/** The transaction failed and so did its ROLLBACK: the connection must not go back to the pool. */
export class ConnectionBroken extends Error {
  constructor(cause: unknown, rollbackError: unknown) {
    super(`page failed (${String(cause)}) and could not roll back (${String(rollbackError)})`, { cause });
  }
}

/** The row key of each event of a page (null: it changes no row) and the links the page made. */
export interface ResolvedPage {
  readonly keys: ReadonlyArray<string | null>;
  readonly links: ReadonlyMap<string, string>;
}

/**
 * Gives every event its row key, in log order: an event's own link is made before its `keyOf`
 * runs, so a later event of the same page can look it up. `stored` holds the links earlier
 * pages made (at least those the page's `lookupOf` names).
 */
export function resolveKeys<Row>(
  projection: Projection<Row>,
  events: readonly StoredEvent[],
  stored: ReadonlyMap<string, string>,
): ResolvedPage {
  const links = new Map<string, string>();
  const lookup = (from: string): string | null => links.get(from) ?? stored.get(from) ?? null;
  const keys = events.map((event) => {
    const link = projection.linkOf?.(event);
    if (link) links.set(link.from, link.to);
    return projection.keyOf(event, lookup);
  });
  return { keys, links };
}

/**
 * Folds a page in memory. `rows` holds the stored rows of the page's keys; the result holds the
 * final row (or null) of every key an event touched. An event at or below `replayUntil` was seen
 * by an earlier generation of the model, so it is evolved in replay mode.
 */
export function foldPage<Row>(
  projection: Projection<Row>,
  rows: ReadonlyMap<string, Row>,
  events: readonly StoredEvent[],
  keys: ReadonlyArray<string | null>,
  replayUntil: bigint,
): Map<string, Row | null> {
  const next = new Map<string, Row | null>();
  events.forEach((event, i) => {
    const key = keys[i] ?? null;
    if (key === null) return;
    const current = next.has(key) ? next.get(key)! : (rows.get(key) ?? null);
    const mode = event.globalPosition <= replayUntil ? 'replay' : 'live';
    next.set(key, projection.evolve(current, event, { mode }));
  });
  return next;
}

/**
 * A whole history folded in memory, links included: what a model's rows should be. Tests and
 * `verify` compare it with the table.
 */
export function foldAll<Row>(projection: Projection<Row>, events: readonly StoredEvent[]): Map<string, Row> {
  const { keys } = resolveKeys(projection, events, new Map());
  const rows = foldPage(projection, new Map(), events, keys, 0n);
  return new Map([...rows].filter((e): e is [string, Row] => e[1] !== null));
}

/**
 * Applies a page in one transaction on `client` alone (on PGlite every connection shares one
 * session, so touching another connection here would run inside this transaction): lock the
 * checkpoint row, load the touched rows, fold, one upsert, one delete, move the checkpoint,
 * commit. The writes and the checkpoint commit together or not at all: exactly-once effect.
 */
export async function applyPage<Row>(
  client: PoolClient,
  projection: Projection<Row>,
  page: Page,
  owner: string,
  hooks: RunnerHooks = {},
): Promise<void> {
  await client.query('BEGIN');
  try {
    const replayUntil = await lockCheckpoint(client, projection.name, page.from);
    const { keys, links } = resolveKeys(
      projection,
      page.events,
      await loadLinks(client, projection, page.events),
    );
    const rows = await loadRows(client, projection, keys);
    const next = foldPage(projection, rows, page.events, keys, replayUntil);
    const upserts = [...next.values()].filter((r): r is Row => r !== null);
    const deletes = [...next.entries()].filter(([, r]) => r === null).map(([k]) => k);
    if (upserts.length > 0) await client.query(upsertRows(projection.table, upserts));
    if (deletes.length > 0) await client.query(deleteRows(projection.table, deletes));
    if (links.size > 0) await client.query(upsertLinks(projection.name, links));
    await client.query(
      `UPDATE projection_checkpoints SET position = $2, updated_at = now(), owner = $3 WHERE name = $1`,
      [projection.name, page.to.toString(), owner],
    );
    await hooks.beforeCommit?.(page);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      throw new ConnectionBroken(e, rollbackError);
    });
    throw e;
  }
}

/** `FOR UPDATE` serializes writers even if two ever believed they owned the projection. */
async function lockCheckpoint(client: PoolClient, name: string, expected: bigint): Promise<bigint> {
  const res = await client.query<{ position: string; replay_until: string | null; held_by: string | null }>(
    `SELECT position, replay_until, CASE WHEN held_until > now() THEN held_by END AS held_by
       FROM projection_checkpoints WHERE name = $1 FOR UPDATE`,
    [name],
  );
  const row = res.rows[0];
  if (row?.held_by) throw new ProjectionHeld(name, row.held_by);
  const actual = row === undefined ? null : BigInt(row.position);
  if (actual !== expected) throw new CheckpointMoved(name, expected, actual);
  return BigInt(row?.replay_until ?? 0);
}

async function loadRows<Row>(
  client: PoolClient,
  projection: Projection<Row>,
  pageKeys: ReadonlyArray<string | null>,
): Promise<Map<string, Row>> {
  const keys = [...new Set(pageKeys.filter((k): k is string => k !== null))];
  if (keys.length === 0) return new Map();
  const res = await client.query<Record<string, unknown>>(selectRows(projection.table, keys));
  const rows = res.rows.map((raw) => decodeRow(projection.table, raw));
  return new Map(rows.map((r) => [String(r[projection.table.key]), r]));
}

/** The stored links the page's events will look up: one query, none for models without links. */
async function loadLinks<Row>(
  client: PoolClient,
  projection: Projection<Row>,
  events: readonly StoredEvent[],
): Promise<Map<string, string>> {
  if (!projection.lookupOf) return new Map();
  const ids = [
    ...new Set(events.map((e) => projection.lookupOf?.(e) ?? null).filter((k): k is string => k !== null)),
  ];
  if (ids.length === 0) return new Map();
  const res = await client.query<{ link_key: string; row_key: string }>(selectLinks(projection.name, ids));
  return new Map(res.rows.map((r) => [r.link_key, r.row_key]));
}
