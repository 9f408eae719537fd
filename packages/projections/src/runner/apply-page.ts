import type { StoredEvent } from '@casebook/event-store';
import type { PoolClient } from 'pg';
import type { Projection } from './projection';
import { decodeRow, deleteRows, selectRows, upsertRows } from './sql';

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

/** The transaction failed and so did its ROLLBACK: the connection must not go back to the pool. */
export class ConnectionBroken extends Error {
  constructor(cause: unknown, rollbackError: unknown) {
    super(`page failed (${String(cause)}) and could not roll back (${String(rollbackError)})`, { cause });
  }
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
  replayUntil: bigint,
): Map<string, Row | null> {
  const next = new Map<string, Row | null>();
  for (const event of events) {
    const key = projection.keyOf(event);
    if (key === null) continue;
    const current = next.has(key) ? next.get(key)! : (rows.get(key) ?? null);
    const mode = event.globalPosition <= replayUntil ? 'replay' : 'live';
    next.set(key, projection.evolve(current, event, { mode }));
  }
  return next;
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
    const next = foldPage(
      projection,
      await loadRows(client, projection, page.events),
      page.events,
      replayUntil,
    );
    const upserts = [...next.values()].filter((r): r is Row => r !== null);
    const deletes = [...next.entries()].filter(([, r]) => r === null).map(([k]) => k);
    if (upserts.length > 0) await client.query(upsertRows(projection.table, upserts));
    if (deletes.length > 0) await client.query(deleteRows(projection.table, deletes));
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
  const res = await client.query<{ position: string; replay_until: string | null }>(
    'SELECT position, replay_until FROM projection_checkpoints WHERE name = $1 FOR UPDATE',
    [name],
  );
  const row = res.rows[0];
  const actual = row === undefined ? null : BigInt(row.position);
  if (actual !== expected) throw new CheckpointMoved(name, expected, actual);
  return BigInt(row?.replay_until ?? 0);
}

async function loadRows<Row>(
  client: PoolClient,
  projection: Projection<Row>,
  events: readonly StoredEvent[],
): Promise<Map<string, Row>> {
  const keys = [...new Set(events.map((e) => projection.keyOf(e)).filter((k): k is string => k !== null))];
  if (keys.length === 0) return new Map();
  const res = await client.query<Record<string, unknown>>(selectRows(projection.table, keys));
  const rows = res.rows.map((raw) => decodeRow(projection.table, raw));
  return new Map(rows.map((r) => [String(r[projection.table.key]), r]));
}
