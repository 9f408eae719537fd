import { randomBytes } from 'node:crypto';
import { createEventStore, PostgresKeyring } from '@casebook/event-store';
import { Pool } from 'pg';
import { createApp } from '../app/create-app';
import { migrateApi } from '../app/database';

/**
 * The soak's server process (bench/soak.ts): the API as `pnpm start` runs it on PostgreSQL, read
 * models included, but with idempotency keys kept for BENCH_RETENTION_SECONDS and purged every
 * BENCH_PURGE_SECONDS, so that a bounded table shows within a minute. Reports its URL over IPC.
 */
async function serve(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL!;
  const pool = new Pool({ connectionString: url, max: 24 });
  await migrateApi(pool, url);
  const store = createEventStore(pool, 'postgres');
  const app = await createApp({
    store,
    keyring: await PostgresKeyring.open(pool, randomBytes(32)),
    pool,
    jwtSecret: process.env.BENCH_SECRET!,
    logLevel: 'warn',
    idempotencyKeys: {
      retentionMs: Number(process.env.BENCH_RETENTION_SECONDS) * 1000,
      purge: { everyMs: Number(process.env.BENCH_PURGE_SECONDS) * 1000 },
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ api: await app.getUrl() });
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => store.close())
      .then(() => pool.end())
      .then(() => process.exit(0));
  });
}

serve().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
