import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, Json, StoredEvent } from '@casebook/event-store';
import { eventually, openProjectionTestbed, type ProjectionTestbed } from '../testing';
import type { Projection, ProjectionMode } from './projection';
import { ProjectionRunner } from './projection-runner';
import { rebuildProjection } from './rebuild';
import { projectionStatus } from './status';
import { verifyProjection } from './verify';

interface Count {
  readonly streamId: string;
  readonly events: number;
  readonly lastPosition: bigint;
}

const dataOf = (e: StoredEvent) => e.data as { alias?: string; stream?: string };
const kind = (e: StoredEvent): string => e.type.split('-')[0]!;

/**
 * Counts ticks per stream. `Aliased` ties an alias to a stream; `AliasTick` names only the alias,
 * so it is counted through a link: rebuilds must carry links over too.
 */
const counting = (table: string, seen: ProjectionMode[] = []): Projection<Count> => ({
  name: `rebuild-${table}`,
  // Types of this test's own: the file's tests share one log.
  eventTypes: [`Tick-${table}`, `Aliased-${table}`, `AliasTick-${table}`],
  table: {
    name: table,
    key: 'streamId',
    columns: {
      streamId: { column: 'stream_id', type: 'text' },
      events: { column: 'events', type: 'int' },
      lastPosition: { column: 'last_position', type: 'bigint' },
    },
  },
  linkOf: (e) => (kind(e) === 'Aliased' ? { from: dataOf(e).alias!, to: dataOf(e).stream! } : null),
  lookupOf: (e) => (kind(e) === 'AliasTick' ? dataOf(e).alias! : null),
  keyOf: (e, lookup) => {
    if (kind(e) === 'Tick') return e.streamId;
    return kind(e) === 'AliasTick' ? lookup(dataOf(e).alias!) : null;
  },
  evolve: (row, e, { mode }) => {
    if (kind(e) === 'Aliased') return row;
    seen.push(mode);
    return {
      streamId: row?.streamId ?? e.streamId,
      events: (row?.events ?? 0) + 1,
      lastPosition: e.globalPosition,
    };
  },
});

const event = (type: string, data: { [k: string]: Json } = {}): EventToAppend => ({
  eventId: randomUUID(),
  type: `${type}-${table}`,
  data,
  metadata: { actor: { kind: 'system', id: 't' }, correlationId: 'c', causationId: 'c', occurredAt: 'x' },
});

let bed: ProjectionTestbed;
let table: string;
let projection: Projection<Count>;
const runners: ProjectionRunner[] = [];

beforeAll(async () => (bed = await openProjectionTestbed()));
afterAll(() => bed.close());
beforeEach(async () => {
  table = `ticks_${randomUUID().slice(0, 8)}`;
  projection = counting(table);
  await bed.db.pool.query(
    `CREATE TABLE ${table} (stream_id text PRIMARY KEY, events int NOT NULL, last_position bigint NOT NULL)`,
  );
  await bed.db.pool.query(`CREATE INDEX ${table}_by_events ON ${table} (events, stream_id)`);
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

const live = (
  p: Projection<Count> = projection,
  o: { store?: EventStore; onError?: (e: unknown) => void } = {},
): ProjectionRunner => {
  const r = new ProjectionRunner({
    pool: bed.db.pool,
    store: o.store ?? bed.store,
    projection: p,
    pageSize: 50,
    pollIntervalMs: 100,
    onError: o.onError,
  });
  runners.push(r);
  r.start();
  return r;
};

const rows = async (): Promise<Record<string, number>> => {
  const res = await bed.db.pool.query<{ stream_id: string; events: number }>(`SELECT * FROM ${table}`);
  return Object.fromEntries(res.rows.map((r) => [r.stream_id, r.events]));
};

/** Each stream's counts through `samples`, where they went down: `[before, after]` per drop. */
const dropsOf = (samples: ReadonlyArray<Record<string, number>>, stream: string): [number, number][] =>
  samples.flatMap((sample, i) => {
    const before = samples[i - 1]?.[stream];
    const now = sample[stream]!;
    return before !== undefined && now < before ? [[before, now] as [number, number]] : [];
  });

/**
 * `bed.store` for a runner, noting the position each read starts after when it returns a page
 * to apply: the same position twice means the first page was not applied.
 */
const notingPages = (starts: bigint[]): EventStore =>
  new Proxy(bed.store, {
    get(target, prop) {
      if (prop === 'readAll') {
        return async (o: Parameters<EventStore['readAll']>[0] = {}) => {
          const page = await target.readAll(o);
          if (page.lastPosition > (o.after ?? 0n)) starts.push(o.after ?? 0n);
          return page;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

const caughtUp = (r: ProjectionRunner) => async () => r.checkpoint >= (await bed.store.headPosition());

/** Two ticks on `stream`, one of them through its alias. */
const tickPair = (stream: string) =>
  bed.store.appendToStream(stream, [event('Tick'), event('AliasTick', { alias: `alias-${stream}` })]);

/** `n` ticks on `stream`, half of them through its alias. */
async function ticks(stream: string, n: number): Promise<void> {
  await bed.store.appendToStream(stream, [event('Aliased', { alias: `alias-${stream}`, stream })]);
  for (let i = 0; i < n; i += 2) await tickPair(stream);
}

describe('rebuildProjection', () => {
  it('rebuilds while appends continue: readers never see a partial model, and it ends exact', async () => {
    const streams = Array.from({ length: 6 }, () => `s-${randomUUID()}`);
    await Promise.all(streams.map((s) => ticks(s, 40)));
    const runner = live();
    await eventually(caughtUp(runner));
    await bed.db.pool.query(`UPDATE ${table} SET events = 999 WHERE stream_id = $1`, [streams[0]]);

    // Readers only ever see every stream's count grow (the planted 999 aside, which the swap
    // corrects once): never a missing row, and never a model behind one they saw before.
    const samples = [await rows()];
    let reading = true;
    const reader = (async () => {
      while (reading) samples.push(await rows());
    })();
    // Appends go on until the swap, so the live model keeps moving while the copy chases it.
    let rebuilding = true;
    const written: Record<string, number> = Object.fromEntries(streams.map((s) => [s, 40]));
    const writer = Promise.all(
      streams.map(async (s) => {
        while (rebuilding) {
          await tickPair(s);
          written[s]! += 2;
          await new Promise((r) => setTimeout(r, 10)); // a steady trickle the copy can catch
        }
      }),
    );
    const progress: bigint[] = [];
    const result = await rebuildProjection({
      pool: bed.db.pool,
      store: bed.store,
      projection,
      pageSize: 20,
      onProgress: (p) => progress.push(p.position),
    }).finally(() => (rebuilding = false));
    await writer;
    await eventually(caughtUp(runner));
    reading = false;
    await reader;
    samples.push(await rows());

    for (const sample of samples) expect(Object.keys(sample).sort()).toEqual([...streams].sort());
    expect(streams.slice(1).flatMap((s) => dropsOf(samples, s))).toEqual([]);
    const planted = dropsOf(samples, streams[0]!);
    expect(planted).toHaveLength(1);
    expect(planted[0]![0]).toBeGreaterThanOrEqual(999);
    expect(planted[0]![1]).toBeLessThanOrEqual(written[streams[0]!]!);
    expect(samples[samples.length - 1]).toEqual(written);
    expect(result.events).toBeGreaterThanOrEqual(240);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => (a < b ? -1 : 1)));
    const indexes = await bed.db.pool.query<{ indexname: string }>(
      'SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 ORDER BY 1',
      [table],
    );
    expect(indexes.rows.map((r) => r.indexname)).toEqual([`${table}_by_events`, `${table}_pkey`]);
    const leftovers = await bed.db.pool.query(
      `SELECT name FROM projection_checkpoints WHERE name LIKE $1 || '~%'
       UNION ALL SELECT DISTINCT projection FROM projection_links WHERE projection LIKE $1 || '~%'`,
      [projection.name],
    );
    expect(leftovers.rows).toEqual([]);
  });

  it('replays every event in replay mode, so side effects do not repeat', async () => {
    await ticks(`r-${randomUUID()}`, 4);
    const runner = live();
    await eventually(caughtUp(runner));
    const seen: ProjectionMode[] = [];
    await rebuildProjection({ pool: bed.db.pool, store: bed.store, projection: counting(table, seen) });
    expect(seen).toEqual(['replay', 'replay', 'replay', 'replay']);
  });

  it('refuses a second rebuild of the same model while one runs', async () => {
    await ticks(`x-${randomUUID()}`, 200);
    const runner = live();
    await eventually(caughtUp(runner));
    const first = rebuildProjection({ pool: bed.db.pool, store: bed.store, projection, pageSize: 5 });
    await eventually(
      async () =>
        (await bed.db.pool.query<{ t: string | null }>(`SELECT to_regclass('${table}__rebuild') AS t`))
          .rows[0]!.t !== null,
    );
    await expect(rebuildProjection({ pool: bed.db.pool, store: bed.store, projection })).rejects.toThrow(
      'already running',
    );
    await first;
  });
});

describe('a rebuild that cannot start', () => {
  it('frees the model, so the next rebuild runs', async () => {
    await ticks(`f-${randomUUID()}`, 2);
    const missing = { ...projection, table: { ...projection.table, name: `${table}_missing` } };
    await expect(
      rebuildProjection({ pool: bed.db.pool, store: bed.store, projection: missing }),
    ).rejects.toThrow('does not exist');
    await bed.db.pool.query(`CREATE TABLE ${table}_missing (LIKE ${table} INCLUDING ALL)`);
    await expect(
      rebuildProjection({ pool: bed.db.pool, store: bed.store, projection: missing }),
    ).resolves.toMatchObject({ events: 0 });
  });
});

describe('a hold on a live model', () => {
  const lease = (until: string) =>
    bed.db.pool.query(
      `UPDATE projection_checkpoints SET held_by = 'test', held_until = ${until} WHERE name = $1`,
      [projection.name],
    );

  it('stops its runner until the lease ends', async () => {
    const stream = `h-${randomUUID()}`;
    await ticks(stream, 2);
    const starts: bigint[] = [];
    const errors: unknown[] = [];
    const runner = live(projection, { store: notingPages(starts), onError: (e) => errors.push(e) });
    await eventually(caughtUp(runner));
    const at = runner.checkpoint;
    // Far longer than any run, so no timing can end it: the test ends it below.
    await lease(`now() + interval '1 hour'`);
    await ticks(stream, 2);
    expect((await projectionStatus(bed.db.pool, bed.store, [projection]))[0]).toMatchObject({
      heldBy: 'test',
    });

    // The runner has read the new page twice, so it tried to apply it at least once, and failed.
    await eventually(async () => starts.filter((p) => p === at).length >= 2 || runner.checkpoint > at);
    expect(runner.checkpoint).toBe(at);
    expect(await rows()).toEqual({ [stream]: 2 });
    expect(errors).toEqual([]); // the hold, not an error, stopped it

    // A lapsed lease, as a rebuild that died leaves it: the holder is still named, its time is up.
    await lease(`now() - interval '1 second'`);
    expect((await projectionStatus(bed.db.pool, bed.store, [projection]))[0]).toMatchObject({
      heldBy: null,
    });
    await eventually(async () => (await rows())[stream] === 4);
  });
});

describe('verifyProjection', () => {
  it('reports missing, extra and different rows, and changes nothing', async () => {
    const [a, b, c] = [`a-${randomUUID()}`, `b-${randomUUID()}`, `c-${randomUUID()}`];
    await Promise.all([ticks(a, 4), ticks(b, 4), ticks(c, 4)]);
    const runner = live();
    await eventually(caughtUp(runner));
    const clean = await verifyProjection({ pool: bed.db.pool, store: bed.store, projection });
    expect(clean).toMatchObject({ rowsChecked: 3, driftCount: 0, drifts: [] });

    await bed.db.pool.query(`UPDATE ${table} SET events = 7 WHERE stream_id = $1`, [a]);
    await bed.db.pool.query(`DELETE FROM ${table} WHERE stream_id = $1`, [b]);
    await bed.db.pool.query(`INSERT INTO ${table} VALUES ('ghost', 1, 1)`);
    const drifted = await verifyProjection({ pool: bed.db.pool, store: bed.store, projection });
    expect(drifted.driftCount).toBe(3);
    expect(drifted.position).toBe(runner.checkpoint);
    const byKey = Object.fromEntries(drifted.drifts.map((d) => [d.key, d]));
    expect(byKey[a]).toMatchObject({
      kind: 'different',
      columns: ['events'],
      live: { events: 7 },
      expected: { events: 4 },
    });
    expect(byKey[b]).toMatchObject({ kind: 'missing', live: null, expected: { stream_id: b, events: 4 } });
    expect(byKey.ghost).toMatchObject({ kind: 'extra', expected: null });
    expect(await rows()).toEqual({ [a]: 7, [c]: 4, ghost: 1 });
  });
});

describe('projectionStatus', () => {
  it('shows checkpoint, lag and whether an owner holds the lock', async () => {
    await ticks(`st-${randomUUID()}`, 2);
    const runner = live();
    await eventually(caughtUp(runner));
    const [running] = await projectionStatus(bed.db.pool, bed.store, [projection]);
    expect(running).toMatchObject({
      name: projection.name,
      checkpoint: runner.checkpoint,
      eventsBehind: Number((await bed.store.headPosition()) - runner.checkpoint),
      owner: runner.owner,
      ownerActive: true,
      heldBy: null,
    });
    await runner.stop();
    const [stopped] = await projectionStatus(bed.db.pool, bed.store, [projection]);
    expect(stopped?.ownerActive).toBe(false);
  });
});
