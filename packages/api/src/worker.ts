import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import * as E from 'fp-ts/Either';
import pino from 'pino';
import { openDatabase } from './app/database';
import { optionsFromSettings } from './app/options-from-settings';
import { devSecret } from './auth/dev-tokens';
import { CasebookModule } from './casebook.module';
import { NestPinoLogger } from './observability/nest-logger';
import { ProcessWorkers } from './processes/process-workers';
import { decodeSettings, type Settings, settingsReport } from './settings/decode';

/**
 * `pnpm worker`: the process managers (SLA timers, refunds, notifications)
 * and, unless CASEBOOK_PROJECTIONS=off, the read models' workers, with no HTTP: the same module,
 * handlers and settings as the API, so a worker acts as an API process would. Run any number:
 * each process has one owner at a time and timers are claimed, never shared. The API then runs
 * with CASEBOOK_PROCESSES=off. Needs DATABASE_URL: the embedded store belongs to one process.
 */
async function work(settings: Settings): Promise<void> {
  const { env, auth } = settings;
  if (env.DATABASE_URL === undefined) {
    console.error('pnpm worker: set DATABASE_URL; the embedded store runs its processes in the API process');
    process.exit(1);
  }
  const dataDir = resolve(env.CASEBOOK_DATA_DIR);
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    eventStoreUrl: env.EVENTSTORE_URL,
    dataDir,
  });
  const options = {
    ...optionsFromSettings(settings, db, auth === null ? devSecret(dataDir) : undefined),
    processes: { run: true },
  };
  @Module({ imports: [CasebookModule.forRoot(options)] })
  class WorkerModule {}
  const logger = pino({ level: env.LOG_LEVEL });
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new NestPinoLogger(logger),
  });
  await app.init();
  const names = app.get(ProcessWorkers).managers.map((p) => p.name);
  logger.info(
    { processes: names, projections: env.CASEBOOK_PROJECTIONS === 'on' },
    'casebook worker running',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'finishing the pages and timers in flight');
    app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        logger.error(e);
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

const settings = decodeSettings(process.env);
if (E.isLeft(settings)) {
  console.error(settingsReport(settings.left));
  process.exit(1);
} else {
  work(settings.right).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
