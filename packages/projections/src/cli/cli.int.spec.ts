import { projections } from '../index';
import { appendMix } from '../bench/generate';
import { eventually, openProjectionTestbed, type ProjectionTestbed } from '../testing';
import { execute } from './commands';
import type { CliContext } from './context';

let bed: ProjectionTestbed;
let out: string[];
let err: string[];

/** A context whose output the test reads; `signal` stops `run`. */
const context = (signal: AbortSignal = new AbortController().signal): CliContext => ({
  pool: bed.db.pool,
  store: bed.store,
  projections,
  out: { write: (t) => void out.push(t), isTTY: false },
  err: { write: (t) => void err.push(t), isTTY: false },
  signal,
});

const complaints = async (): Promise<Record<string, unknown>[]> =>
  (await bed.db.pool.query<Record<string, unknown>>('SELECT * FROM complaints ORDER BY complaint_id')).rows;

beforeAll(async () => {
  bed = await openProjectionTestbed();
  await appendMix(bed.store, { events: 1_500, concurrentStories: 60 });
});
afterAll(() => bed.close());
beforeEach(() => {
  out = [];
  err = [];
});

// One story in order: the state each step leaves is the next step's given.
describe('casebook projections', () => {
  it('status: every projection at checkpoint 0 with no owner before any worker ran', async () => {
    expect(await execute(context(), { kind: 'status', json: true })).toBe(0);
    const statuses = JSON.parse(out.join('')) as {
      name: string;
      checkpoint: number;
      head: number;
      ownerActive: boolean;
    }[];
    expect(statuses.map((s) => s.name)).toEqual(projections.map((p) => p.name));
    const head = Number(await bed.store.headPosition());
    expect(statuses).toContainEqual(
      expect.objectContaining({ name: 'complaints', checkpoint: 0, head, ownerActive: false }),
    );
  });

  it('run: the workers catch up, status shows them active, and a stop ends them at a page boundary', async () => {
    const stop = new AbortController();
    const running = execute(context(stop.signal), { kind: 'run', names: [] });
    const head = await bed.store.headPosition();
    await eventually(async () => {
      const res = await bed.db.pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM projection_checkpoints WHERE name = ANY($1::text[]) AND position = $2',
        [projections.map((p) => p.name), head.toString()],
      );
      return Number(res.rows[0]!.n) === projections.length;
    });
    await execute(context(), { kind: 'status', json: false });
    const table = out.join('').split('\n');
    expect(table[0]).toMatch(/^PROJECTION +CHECKPOINT +HEAD +BEHIND +LAG S +OWNER/);
    expect(table.find((l) => l.startsWith('complaints '))).toContain('(active)');
    stop.abort();
    expect(await running).toBe(0);
    const logs = err.join('');
    expect(logs).toContain(`running ${projections.map((p) => p.name).join(', ')}`);
    expect(logs).toMatch(new RegExp(`stopped: complaints at ${head.toLocaleString('en-US')}`));
    expect(logs).not.toContain('error');
  });

  it('rebuild: the same rows from fresh tables, progress on stderr, a summary on stdout', async () => {
    const before = await complaints();
    expect(before.length).toBeGreaterThan(10);
    expect(await execute(context(), { kind: 'rebuild', name: 'complaints', pageSize: 100 })).toBe(0);
    expect(await complaints()).toEqual(before);
    expect(err.join('')).toMatch(/complaints \[#+-*\] +\d+% +[\d,]+ events/);
    expect(out.join('')).toMatch(
      /^rebuilt complaints: [\d,]+ events in \d+:\d\d \([\d,]+ events\/s\), swapped in at position [\d,]+\n$/,
    );
  });

  it('verify: clean, then a planted drift is listed and exits 1', async () => {
    expect(await execute(context(), { kind: 'verify', name: 'complaints', json: false })).toBe(0);
    expect(out.join('')).toMatch(
      /^complaints: clean, [\d,]+ rows match a fresh fold of the log at position [\d,]+\n$/,
    );

    const [victim] = await complaints();
    await bed.db.pool.query(
      `UPDATE complaints SET team = 'nowhere', reopen_count = 9 WHERE complaint_id = $1`,
      [victim!.complaint_id],
    );
    out = [];
    expect(await execute(context(), { kind: 'verify', name: 'complaints', json: true })).toBe(1);
    const report = JSON.parse(out.join('')) as {
      driftCount: number;
      drifts: { key: string; kind: string; columns: string[] }[];
    };
    expect(report.driftCount).toBe(1);
    expect(report.drifts).toEqual([
      expect.objectContaining({
        key: victim!.complaint_id,
        kind: 'different',
        columns: expect.arrayContaining(['team', 'reopen_count']),
      }),
    ]);
    expect(report.drifts[0]!.columns).toHaveLength(2);
  });
});
