import { randomBytes, randomUUID } from 'node:crypto';
import { createEventStore, PostgresKeyring } from '@casebook/event-store';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { createApp } from '../app/create-app';
import { migrateApi } from '../app/database';
import { API_HEADERS } from '../limits/security-headers';
import { baselineServer } from './baseline';

/**
 * The benchmark's server process: the API, a bare Fastify route and the command baseline side by
 * side, so that the load generator (the parent) does not share their event loop. Reports its URLs
 * over IPC. Tests start it too, as a second API process on their database, whose master key they
 * pass in hex.
 */
async function serve(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 24 });
  await migrateApi(pool, process.env.BENCH_DATABASE_URL!);
  const store = createEventStore(pool, 'postgres');
  const hex = process.env.BENCH_MASTER_KEY;
  const masterKey = hex ? Buffer.from(hex, 'hex') : randomBytes(32);
  // Read-model workers and process managers off: the figures in docs/benchmarks.md measure the
  // command path alone, and a test's second process must add no commands of its own (the outbox
  // recording deliveries of its notifications on the complaints it races on).
  const app = await createApp({
    store,
    keyring: await PostgresKeyring.open(pool, masterKey),
    pool,
    jwtSecret: process.env.BENCH_SECRET!,
    logLevel: 'warn',
    projections: { run: false },
    processes: { run: false },
  });
  const bare = Fastify();
  bare.get('/bare', () => ({ status: 'ok' }));
  // The same answer with the headers every casebook answer carries (security set, correlation id):
  // how much of the gap is bytes on the wire rather than work in the API.
  bare.get('/bare-headers', (req, reply) => {
    for (const [name, value] of API_HEADERS) reply.header(name, value);
    reply.header('x-correlation-id', randomUUID());
    return { status: 'ok' };
  });
  const baseline = baselineServer(pool);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const baselineUrl = await baseline.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ api: await app.getUrl(), bare: bareUrl, baseline: baselineUrl });
  process.once('SIGTERM', () => {
    void Promise.all([app.close(), bare.close(), baseline.close()])
      .then(() => store.close())
      .then(() => pool.end())
      .then(() => process.exit(0));
  });
}

serve().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
