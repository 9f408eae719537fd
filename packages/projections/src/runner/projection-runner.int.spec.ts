import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@casebook/event-store';
import { eventually, openProjectionTestbed, type ProjectionTestbed } from '../testing';
import { resetProjection } from './checkpoints';
import { projectionLag } from './lag';
import type { Projection, ProjectionMode } from './projection';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';

interface Count {
  readonly streamId: string;
  readonly events: number;
  readonly lastPosition: bigint;
}

/**
 * Counts events of one type per stream: any event applied twice or lost shows in the counts.
 * Each test uses its own type (and so its own projection name): the log is shared by the file.
 */
const counting = (type: string, seen: ProjectionMode[] = []): Projection<Count> => ({
  name: `counts-${type}`,
  eventTypes: [type],
  table: {
    name: 'tick_counts',
    key: 'streamId',
    columns: {
      streamId: { column: 'stream_id', type: 'text' },
      events: { column: 'events', type: 'int' },
      lastPosition: { column: 'last_position', type: 'bigint' },
    },
  },
  keyOf: (e) => e.streamId,
  evolve: (row, e, { mode }) => {
    seen.push(mode);
    return { streamId: e.streamId, events: (row?.events ?? 0) + 1, lastPosition: e.globalPosition };
  },
});

const tick = (type: string): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data: {},
  metadata: { actor: { kind: 'system', id: 't' }, correlationId: 'c', causationId: 'c', occurredAt: 'x' },
});

let bed: ProjectionTestbed;
const runners: ProjectionRunner[] = [];

beforeAll(async () => {
  bed = await openProjectionTestbed();
  await bed.db.pool.query(
    'CREATE TABLE tick_counts (stream_id text PRIMARY KEY, events int NOT NULL, last_position bigint NOT NULL)',
  );
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
  await bed.db.pool.query('TRUNCATE tick_counts; DELETE FROM projection_checkpoints');
});
afterAll(() => bed.close());

let type = '';
beforeEach(() => (type = `Ticked-${randomUUID().slice(0, 8)}`));

const runner = (options: Partial<ProjectionRunnerOptions> = {}): ProjectionRunner => {
  const r = new ProjectionRunner({
    pool: bed.db.pool,
    store: bed.store,
    projection: counting(type),
    pageSize: 10,
    pollIntervalMs: 200,
    ownershipRetryMs: 100,
    retryDelayMs: 50,
    ...options,
  });
  runners.push(r);
  return r;
};

/** Appends `n` ticks to each stream, interleaved with events the projection does not read. */
async function append(streams: string[], n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    for (const s of streams) await bed.store.appendToStream(s, [tick(type), tick('Other')]);
  }
}

const counts = async (): Promise<Record<string, number>> => {
  const res = await bed.db.pool.query<{ stream_id: string; events: number }>('SELECT * FROM tick_counts');
  return Object.fromEntries(res.rows.map((r) => [r.stream_id, r.events]));
};

const caughtUp = (r: ProjectionRunner) => async () => r.checkpoint === (await bed.store.headPosition());

describe('ProjectionRunner', () => {
  it('catches up in pages, then applies events appended while it runs', async () => {
    const streams = [`a-${randomUUID()}`, `b-${randomUUID()}`];
    await append(streams, 12);
    const r = runner();
    r.start();
    await eventually(caughtUp(r));
    expect(await counts()).toEqual({ [streams[0]!]: 12, [streams[1]!]: 12 });
    await append(streams.slice(0, 1), 3);
    await eventually(async () => (await counts())[streams[0]!] === 15);
    await eventually(caughtUp(r));
    const lag = await projectionLag(bed.db.pool, bed.store, [counting(type)]);
    expect(lag).toEqual([
      { name: `counts-${type}`, checkpoint: r.checkpoint, eventsBehind: 0, secondsBehind: 0 },
    ]);
  });

  it('rolls back a page that fails before COMMIT, and a new runner resumes with exact counts', async () => {
    const stream = `c-${randomUUID()}`;
    await append([stream], 25);
    let pages = 0;
    const errors: unknown[] = [];
    const crashing = runner({
      hooks: {
        beforeCommit: () => {
          if (++pages >= 2) throw new Error('crash between the writes and COMMIT');
        },
      },
      onError: (e) => errors.push(e),
    });
    crashing.start();
    await eventually(async () => errors.length >= 2);
    await crashing.stop();
    // Page 1 (10 events) committed; page 2 wrote its rows and rolled back, every retry too.
    expect(await counts()).toEqual({ [stream]: 10 });
    const lag = await projectionLag(bed.db.pool, bed.store, [counting(type)]);
    expect(lag[0]).toMatchObject({ checkpoint: crashing.checkpoint });
    expect(lag[0]!.eventsBehind).toBeGreaterThan(0);
    expect(lag[0]!.secondsBehind).toBeGreaterThan(0);

    const next = runner();
    next.start();
    await eventually(caughtUp(next));
    expect(await counts()).toEqual({ [stream]: 25 });
  });

  it('replays a reset projection in replay mode, and events after the old checkpoint live', async () => {
    const stream = `d-${randomUUID()}`;
    await append([stream], 4);
    const first = runner();
    first.start();
    await eventually(caughtUp(first));
    await first.stop();

    await resetProjection(bed.db.pool, counting(type));
    await append([stream], 2);
    const seen: ProjectionMode[] = [];
    const second = runner({ projection: counting(type, seen) });
    second.start();
    await eventually(caughtUp(second));
    expect(seen).toEqual(['replay', 'replay', 'replay', 'replay', 'live', 'live']);
    expect(await counts()).toEqual({ [stream]: 6 });
  });

  it('runs one of two runners of a projection in one process, and hands over when it stops', async () => {
    // On PGlite the advisory lock excludes nobody (one shared session): the in-process registry does.
    const [first, second] = [runner({ owner: 'first' }), runner({ owner: 'second' })];
    first.start();
    await eventually(async () => first.state === 'running');
    second.start();
    await append([`e-${randomUUID()}`], 3);
    await eventually(caughtUp(first));
    expect(second.state).toBe('waiting-for-ownership');
    await first.stop();
    await append([`f-${randomUUID()}`], 2);
    await eventually(caughtUp(second));
    expect(second.state).toBe('running');
    expect(Object.values(await counts()).sort()).toEqual([2, 3]);
  });
});
