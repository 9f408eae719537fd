import { randomBytes, randomUUID } from 'node:crypto';
import { PersonalDataStore, PostgresKeyring, createEventStore } from '@casebook/event-store';
import { onRealPostgres, openTestDatabase, type TestDatabase } from '@casebook/event-store/testing';
import { personalDataPolicy } from '@casebook/domain';
import { projections, verifyProjection } from '@casebook/projections';
import { migrateApi } from '../app/database';
import { signToken } from '../auth/jwt';
import { filing } from '../testing/fixtures';
import { type Child, freePort, startChild } from '../testing/processes';

/**
 * Two API processes and two `casebook projections run` workers on one PostgreSQL, under a steady
 * mix of complaint commands; one API and the owning worker die by SIGKILL mid-load. The others
 * carry on, the read models' ownership moves, and afterwards every command that was answered 2xx
 * is in the log exactly once, every stream is contiguous and the read models equal a replay.
 */
const describePg = onRealPostgres() ? describe : describe.skip;
const SECRET = 'crash-test-secret-crash-test-secret-0123';
const token = signToken({ sub: 'ana', roles: ['agent'] }, SECRET, 3600);

interface Answered {
  readonly correlationId: string;
  readonly status: number;
}

describePg('processes dying under load', () => {
  let db: TestDatabase;
  const children: Child[] = [];
  const env = () => ({
    DATABASE_URL: db.connectionString,
    AUTH_JWT_SECRET: SECRET,
    CASEBOOK_PII_MASTER_KEY: masterKey.toString('base64'),
    CASEBOOK_DATA_DIR: `/tmp/casebook-crash-${process.pid}`,
    CASEBOOK_ANCHOR_INTERVAL_SECONDS: '0',
    LOG_LEVEL: 'warn',
  });
  const masterKey = randomBytes(32);

  beforeAll(async () => {
    db = await openTestDatabase({ poolSize: 4 });
    await migrateApi(db.pool, db.connectionString);
  });
  afterAll(async () => {
    await Promise.all(children.map((c) => c.kill('SIGKILL')));
    await db.close();
  });

  async function api(name: string): Promise<{ child: Child; url: string }> {
    const port = await freePort();
    const child = startChild(name, 'packages/api/src/main.ts', [], {
      ...env(),
      PORT: String(port),
      HOST: '127.0.0.1',
      CASEBOOK_PROJECTIONS: 'off',
    });
    children.push(child);
    await child.waitFor(/casebook API on/);
    return { child, url: `http://127.0.0.1:${port}` };
  }

  function worker(name: string): Child {
    const child = startChild(name, 'packages/projections/src/cli/main.ts', ['projections', 'run'], env());
    children.push(child);
    return child;
  }

  it('loses nothing, duplicates nothing, and the survivors carry on', async () => {
    const [a, b] = await Promise.all([api('api-a'), api('api-b')]);
    const w1 = worker('worker-1');
    await w1.waitFor(/complaints: owns the model/);
    const w2 = worker('worker-2');
    await w2.waitFor(/complaints: waiting/);

    const answered: Answered[] = [];
    const alive = new Set([a.url, b.url]);
    let stop = false;
    const send = async (url: string, path: string, body: unknown) => {
      const correlationId = randomUUID();
      try {
        const res = await fetch(`${url}${path}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'x-correlation-id': correlationId,
          },
          body: JSON.stringify(body),
        });
        answered.push({ correlationId, status: res.status });
        return res.status;
      } catch {
        alive.delete(url); // the process is gone: this client moves to the other
        return 0;
      }
    };
    const client = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const urls = [...alive];
        const url = urls[(n + i) % urls.length]!;
        const complaintId = `k-${n}-${i}-${randomUUID().slice(0, 6)}`;
        if ((await send(url, '/complaints', filing({ complaintId }))) !== 201) continue;
        await send(url, `/complaints/${complaintId}/acknowledge`, {});
        for (let j = 0; j < 3; j++)
          await send(url, `/complaints/${complaintId}/notify-customer`, {
            notificationId: `n-${j}`,
            kind: 'progress',
            message: 'On it',
          });
      }
    };
    const load = Promise.all([0, 1, 2, 3, 4, 5].map(client));
    await new Promise((r) => setTimeout(r, 3000));
    const beforeKill = answered.filter((x) => x.status < 300).length;
    await Promise.all([a.child.kill('SIGKILL'), w1.kill('SIGKILL')]);
    const killedAt = Date.now();
    await w2.waitFor(/complaints: owns the model/, 15_000);
    const takeover = Date.now() - killedAt;
    await new Promise((r) => setTimeout(r, 3000));
    stop = true;
    await load;

    const ok = answered.filter((x) => x.status >= 200 && x.status < 300);
    expect(beforeKill).toBeGreaterThan(20);
    expect(ok.length).toBeGreaterThan(beforeKill); // B carried on after A died
    expect(answered.filter((x) => x.status >= 500)).toEqual([]);
    expect(takeover).toBeLessThan(15_000);

    // Every 2xx command is in the log once: its events, in one stream, at consecutive positions.
    // (Processes acting later on what a command wrote carry its correlation id: not the command's.)
    const { rows } = await db.pool.query<{ c: string; streams: number; n: number; span: number }>(
      `SELECT metadata->>'correlationId' AS c, count(DISTINCT stream_id)::int AS streams, count(*)::int AS n,
              (max(stream_position) - min(stream_position) + 1)::int AS span
         FROM events WHERE metadata->>'correlationId' = ANY($1)
          AND coalesce(metadata->'actor'->>'id', '') NOT LIKE 'process:%' GROUP BY 1`,
      [ok.map((x) => x.correlationId)],
    );
    expect(rows).toHaveLength(ok.length);
    expect(rows.filter((r) => r.streams !== 1 || r.span !== r.n)).toEqual([]);
    const gaps = await db.pool.query(
      `SELECT stream_id FROM events GROUP BY stream_id HAVING max(stream_position) + 1 <> count(*)`,
    );
    expect(gaps.rows).toEqual([]);

    // The surviving worker catches up, and its models equal a fresh fold of the log.
    const store = new PersonalDataStore(
      createEventStore(db.pool, db.kind),
      await PostgresKeyring.open(db.pool, masterKey),
      personalDataPolicy,
    );
    const head = await store.headPosition();
    for (let t = Date.now(); ;) {
      const behind = await db.pool.query(`SELECT 1 FROM projection_checkpoints WHERE position < $1`, [
        head.toString(),
      ]);
      if (behind.rowCount === 0) break;
      if (Date.now() - t > 30_000) throw new Error(`read models still behind ${head}:\n${w2.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const projection of projections) {
      const result = await verifyProjection({ pool: db.pool, store, projection });
      expect({ projection: projection.name, drifts: result.drifts }).toEqual({
        projection: projection.name,
        drifts: [],
      });
    }
    await store.close();
  }, 120_000);
});
