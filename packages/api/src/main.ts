import { resolve } from 'node:path';
import * as E from 'fp-ts/Either';
import { createApp } from './app/create-app';
import { openDatabase } from './app/database';
import { optionsFromSettings } from './app/options-from-settings';
import { devBanner, devSecret } from './auth/dev-tokens';
import { decodeSettings, type Settings, settingsReport } from './settings/decode';

/**
 * `pnpm start`: every setting decoded from the environment first (docs/operations.md,
 * "Settings"); PostgreSQL from DATABASE_URL, or an embedded PGlite in CASEBOOK_DATA_DIR; tokens
 * checked with AUTH_JWKS_URL or AUTH_JWT_SECRET, or in development a secret of its own (tokens printed).
 */
async function main(settings: Settings): Promise<void> {
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

const settings = decodeSettings(process.env);
if (E.isLeft(settings)) {
  // A wrong setting is the operator's to fix, not a crash: the list, no stack trace.
  console.error(settingsReport(settings.left));
  process.exit(1);
} else {
  main(settings.right).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
