import { resolve } from 'node:path';
import { createApp } from './app/create-app';
import { openDatabase } from './app/database';
import { devBanner, devSecret } from './auth/dev-tokens';

/**
 * `pnpm start`: PostgreSQL from DATABASE_URL, or an embedded PGlite in CASEBOOK_DATA_DIR; the
 * token secret from AUTH_JWT_SECRET, or a development one (tokens printed); port from PORT.
 */
async function main(): Promise<void> {
  const dataDir = resolve(process.env.CASEBOOK_DATA_DIR ?? '.casebook');
  const port = Number(process.env.PORT ?? 3000);
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir });
  const secret = process.env.AUTH_JWT_SECRET || devSecret(dataDir);
  const app = await createApp({
    store: db.store,
    keyring: db.keyring,
    pool: db.pool,
    jwtSecret: secret,
    logLevel: process.env.LOG_LEVEL,
    // `off` when `casebook projections run` workers keep the read models instead.
    projections: { run: process.env.CASEBOOK_PROJECTIONS !== 'off' },
    readyMaxLagSeconds: process.env.CASEBOOK_READY_MAX_LAG_SECONDS
      ? Number(process.env.CASEBOOK_READY_MAX_LAG_SECONDS)
      : undefined,
    idempotencyKeys: { purge: purgeSetting(process.env.CASEBOOK_IDEMPOTENCY_PURGE_SECONDS) },
    rateLimit: Number(process.env.CASEBOOK_RATE_LIMIT || 0) > 0 && {
      perMinute: Number(process.env.CASEBOOK_RATE_LIMIT),
    },
    metrics: process.env.METRICS_PORT ? { port: Number(process.env.METRICS_PORT) } : undefined,
  });
  await app.listen({ port, host: process.env.HOST ?? '0.0.0.0' });
  const baseUrl = `http://localhost:${port}`;
  console.log(
    `casebook API on ${baseUrl} (${db.kind === 'pglite' ? `embedded PGlite in ${dataDir}` : 'PostgreSQL'})`,
  );
  if (!process.env.AUTH_JWT_SECRET) console.log(devBanner(secret, baseUrl));

  // Fastify stops accepting, lets in-flight requests finish, then the store and database close.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests`);
    app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        console.error(e);
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** `CASEBOOK_IDEMPOTENCY_PURGE_SECONDS`: how often expired keys are purged; 0 turns the job off. */
const purgeSetting = (seconds: string | undefined) =>
  seconds === undefined || seconds === ''
    ? {}
    : Number(seconds) === 0
      ? false
      : { everyMs: Number(seconds) * 1000 };

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
