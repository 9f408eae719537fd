import {
  anchorMigrations,
  createEventStore,
  type EventStore,
  migrate,
  publicKeyBase64,
  runMigrations,
} from '@casebook/event-store';
import { openTestDatabase, type TestDatabase } from '@casebook/event-store/testing';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projections } from '../index';
import { startAnchorJob } from './anchor-job';
import { execute } from './commands';
import type { CliContext } from './context';

const ROOT = join(__dirname, '../../../..');

let db: TestDatabase;
let store: EventStore;
let out: string[];
const { privateKey } = generateKeyPairSync('ed25519');
const context = (): CliContext => ({
  pool: db.pool,
  store,
  projections,
  out: { write: (t) => void out.push(t), isTTY: false },
  err: { write: () => undefined, isTTY: false },
  signal: new AbortController().signal,
  keys: {
    signingKey: () => privateKey,
    publicKey: (given) => (given ? generateKeyPairSync('ed25519').publicKey : privateKey),
  },
});
const metadata = {
  actor: { kind: 'agent' as const, id: 'a' },
  correlationId: 'c',
  causationId: 'c',
  occurredAt: 'x',
};
const append = (s: string, n: number) =>
  store.appendToStream(
    s,
    Array.from({ length: n }, (_, i) => ({ eventId: randomUUID(), type: 'Noted', data: { i }, metadata })),
  );

beforeAll(async () => {
  db = await openTestDatabase();
  await migrate(db.pool);
  await runMigrations(db.pool, anchorMigrations);
  store = createEventStore(db.pool, db.kind);
  await append('s-1', 3);
  await append('s-2', 2);
});
afterAll(async () => {
  await store.close();
  await db.close();
});
beforeEach(() => (out = []));

describe('casebook audit anchor, verify --all and verify-anchor', () => {
  it('before any anchor, verify --all needs no key and says there is none', async () => {
    const keyless = {
      ...context(),
      keys: {
        signingKey: () => privateKey,
        publicKey: () => {
          throw new Error('no key');
        },
      },
    };
    expect(await execute(keyless, { kind: 'audit-verify', json: false })).toBe(0);
    expect(out.join('')).toMatch(
      /every chain intact\n.*\nno anchor yet: deleted trailing events or streams cannot be seen/,
    );
    out = [];
  });

  it('anchors, and verify --all holds the store to the anchor', async () => {
    expect(await execute(context(), { kind: 'audit-anchor', json: false })).toBe(0);
    expect(out.join('')).toMatch(
      new RegExp(
        `^anchor \\d+: 2 streams up to global position \\d+, root [0-9a-f]{64}, signed by ${publicKeyBase64(privateKey).replace(/[+/]/g, '\\$&')}\\n$`,
      ),
    );
    out = [];
    expect(await execute(context(), { kind: 'audit-verify', json: false })).toBe(0);
    expect(out.join('')).toMatch(
      /every chain intact\n.*\nanchor \d+ of .* \(2 streams up to global position \d+\): holds\n/,
    );
  });

  it('a deleted last event: chains still hold, the anchor names the stream and position (exit 1)', async () => {
    await db.pool.query(`DELETE FROM events WHERE stream_id = 's-1' AND stream_position = 2`);
    expect(await execute(context(), { kind: 'audit-verify', json: true })).toBe(1);
    expect(JSON.parse(out.join(''))).toMatchObject({
      ok: false,
      broken: [],
      anchor: { ok: false, problems: [{ kind: 'truncated', streamId: 's-1', position: 2 }] },
    });
    out = [];
    expect(await execute(context(), { kind: 'audit-verify-anchor', json: false })).toBe(1);
    expect(out.join('')).toMatch(/1 problems\ns-1: TRUNCATED at position 2: position 2 is missing/);
  });

  it('a whole stream deleted is named too; an anchor checked with another key is refused', async () => {
    await db.pool.query(`DELETE FROM events WHERE stream_id = 's-2'`);
    expect(await execute(context(), { kind: 'audit-verify-anchor', json: false })).toBe(1);
    expect(out.join('')).toMatch(/s-2: DELETED-STREAM at position 0: stream deleted/);
    out = [];
    await execute(context(), { kind: 'audit-anchor', json: true }); // the damage, anchored afresh
    out = [];
    expect(await execute(context(), { kind: 'audit-verify-anchor', json: false, publicKey: 'other' })).toBe(
      1,
    );
    expect(out.join('')).toMatch(/SIGNATURE: anchor \d+: the signature does not verify with this public key/);
  });

  it('the worker job anchors at start and then every interval, and stops cleanly', async () => {
    const before = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_anchors');
    const logs: string[] = [];
    const job = startAnchorJob({
      pool: db.pool,
      store,
      key: privateKey,
      everyMs: 50,
      log: (t) => logs.push(t),
    });
    await new Promise((r) => setTimeout(r, 180));
    await job.stop();
    const after = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_anchors');
    expect(Number(after.rows[0]!.n) - Number(before.rows[0]!.n)).toBeGreaterThanOrEqual(3);
    expect(logs[0]).toMatch(/^anchor \d+: 1 streams up to global position/);
  });

  it('projections run starts the job when an interval and a key are given, and says why it is off without a key', async () => {
    const logs: string[] = [];
    const run = async (keys: CliContext['keys']) => {
      const stop = new AbortController();
      const ctx = { ...context(), projections: [], keys, anchorEveryMs: 40, signal: stop.signal };
      const done = execute(
        { ...ctx, err: { write: (t) => void logs.push(t), isTTY: false } },
        { kind: 'run', names: [] },
      );
      await new Promise((r) => setTimeout(r, 100));
      stop.abort();
      return done;
    };
    const before = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_anchors');
    expect(await run(context().keys)).toBe(0);
    const after = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_anchors');
    expect(Number(after.rows[0]!.n)).toBeGreaterThan(Number(before.rows[0]!.n));
    expect(logs.join('')).toMatch(/anchoring every stream head every 0.04 s/);
    logs.length = 0;
    const keyless = {
      signingKey: () => {
        throw new Error('no audit signing key: set CASEBOOK_AUDIT_SIGNING_KEY');
      },
      publicKey: () => privateKey,
    };
    expect(await run(keyless)).toBe(0);
    expect(logs.join('')).toMatch(/anchor job off: no audit signing key: set CASEBOOK_AUDIT_SIGNING_KEY/);
  });
});

describe('casebook audit anchor with the events in EventStoreDB', () => {
  it('refuses, exit 1, instead of signing the empty event table', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'casebook-esdb-anchor-'));
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        // No EventStoreDB is reached: the command stops before it reads any event.
        EVENTSTORE_URL: 'esdb://127.0.0.1:1?tls=false',
        CASEBOOK_DATA_DIR: dataDir,
      };
      delete env.DATABASE_URL;
      const r = spawnSync(
        process.execPath,
        [
          join(ROOT, 'scripts/ts-child.js'),
          join(ROOT, 'packages/projections/src/cli/main.ts'),
          'audit',
          'anchor',
        ],
        { cwd: ROOT, encoding: 'utf8', env },
      );
      expect(r.stderr).toMatch(/anchors read the heads from PostgreSQL's event table/);
      expect(r.status).toBe(1);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
