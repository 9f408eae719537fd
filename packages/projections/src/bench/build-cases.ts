import type { EventStore } from '@casebook/event-store';
import type { Pool } from 'pg';
import { type AnyProjection, ProjectionRunner, rebuildProjection } from '../index';
import { blank, type CaseResult, note, round2, type Timed, timed } from './measure';
import { rawHarness } from './raw-harness';

/** The runner from an empty checkpoint until it stands at the head: the model built live. */
async function catchUp(
  pool: Pool,
  store: EventStore,
  projection: AnyProjection,
  pageSize: number,
): Promise<void> {
  const head = await store.headPosition();
  const runner = new ProjectionRunner({
    pool,
    store,
    projection,
    pageSize,
    onError: (e) => note(`${projection.name}: ${String(e)}`),
  });
  runner.start();
  // The runner's in-memory checkpoint moves right after each page commits; 5 ms polls cost nothing.
  while (runner.checkpoint < head) await new Promise((r) => setTimeout(r, 5));
  await runner.stop();
}

async function modelEvents(pool: Pool, projection: AnyProjection): Promise<number> {
  const res = await pool.query<{ n: string }>(
    'SELECT count(*) AS n FROM events WHERE type = ANY($1::text[])',
    [projection.eventTypes],
  );
  return Number(res.rows[0]!.n);
}

const versus = (name: string, ours: Timed, raw: Timed): CaseResult => ({
  ...blank(name),
  eventsPerSecond: ours.perSecond,
  baselinePerSecond: raw.perSecond,
  ratio: round2(ours.perSecond / raw.perSecond),
  peakRssMb: ours.peakRssMb,
});

/**
 * (a) for one model: the runner building it from checkpoint 0 (which also warms the caches),
 * the raw harness on the same pages, then `rebuildProjection` (fresh tables, swap). Each is
 * compared with the harness's events per second; RSS is sampled through each.
 */
export async function buildCases(
  pool: Pool,
  store: EventStore,
  projection: AnyProjection,
  pageSize: number,
): Promise<CaseResult[]> {
  const name = projection.name;
  const events = await modelEvents(pool, projection);
  note(`${name}: ${events} events of its types; runner from checkpoint 0...`);
  const live = await timed(() => catchUp(pool, store, projection, pageSize).then(() => events));
  note(`${name}: raw harness...`);
  const raw = await timed(() => rawHarness(pool, store, projection, pageSize));
  note(`${name}: rebuildProjection...`);
  const rebuilt = await timed(
    async () => (await rebuildProjection({ pool, store, projection, pageSize })).events,
  );
  if (raw.events !== events || rebuilt.events !== events) {
    throw new Error(
      `${name}: event counts differ (model ${events}, raw ${raw.events}, rebuild ${rebuilt.events})`,
    );
  }
  note(
    `${name}: RSS before/peak MB: runner ${live.rssBeforeMb}/${live.peakRssMb}, rebuild ${rebuilt.rssBeforeMb}/${rebuilt.peakRssMb}`,
  );
  return [
    versus(`${name}: runner from checkpoint 0`, live, raw),
    versus(`${name}: rebuild (fresh tables, swap)`, rebuilt, raw),
  ];
}
