import { resolve } from 'node:path';
import { createApp } from './app/create-app';
import { openDatabase } from './app/database';
import { optionsFromSettings } from './app/options-from-settings';
import { runProcess } from './app/run-process';
import { devBanner, devSecret } from './auth/dev-tokens';

/**
 * `pnpm start`: every setting decoded from the environment first (docs/operations.md,
 * "Settings"); PostgreSQL from DATABASE_URL, or an embedded PGlite in CASEBOOK_DATA_DIR; tokens
 * checked with AUTH_JWKS_URL or AUTH_JWT_SECRET, or in development a secret of its own (tokens printed).
 * On a signal Fastify stops accepting, lets in-flight requests finish, then the store and database close.
 */
runProcess(async (settings) => {
  const { env, auth, mode } = settings;
  const dataDir = resolve(env.CASEBOOK_DATA_DIR);
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    eventStoreUrl: env.EVENTSTORE_URL,
    dataDir,
  });
  const secret = auth === null ? devSecret(dataDir) : undefined;
  const app = await createApp(optionsFromSettings(settings, db, secret));
  await app.listen({ port: env.PORT, host: env.HOST });
  const baseUrl = `http://localhost:${env.PORT}`;
  const where =
    (db.kind === 'pglite' ? `embedded PGlite in ${dataDir}` : 'PostgreSQL') +
    (db.events === 'eventstoredb' ? ', events in EventStoreDB' : '');
  console.log(`casebook API on ${baseUrl} (${where}, ${mode})`);
  if (secret !== undefined) console.log(devBanner(secret, baseUrl));
  return {
    inFlight: 'in-flight requests',
    log: (message, error) => (error === undefined ? console.log(message) : console.error(message, error)),
    close: () => app.close().then(() => db.close()),
  };
});
