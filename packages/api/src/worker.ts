import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { openDatabase } from './app/database';
import { optionsFromSettings } from './app/options-from-settings';
import { runProcess } from './app/run-process';
import { devSecret } from './auth/dev-tokens';
import { CasebookModule } from './casebook.module';
import { NestPinoLogger } from './observability/nest-logger';
import { ProcessWorkers } from './processes/process-workers';

/**
 * `pnpm worker`: the process managers (SLA timers, refunds, notifications)
 * and, unless CASEBOOK_PROJECTIONS=off, the read models' workers, with no HTTP: the same module,
 * handlers and settings as the API, so a worker acts as an API process would. Run any number:
 * each process has one owner at a time and timers are claimed, never shared. The API then runs
 * with CASEBOOK_PROCESSES=off. Needs DATABASE_URL: the embedded store belongs to one process.
 */
runProcess(async (settings) => {
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
  const base = optionsFromSettings(settings, db, auth === null ? devSecret(dataDir) : undefined);
  // Run them here whatever CASEBOOK_PROCESSES says, with the same transports and payment provider.
  const options = { ...base, processes: { ...base.processes, run: true } };
  @Module({ imports: [CasebookModule.forRoot(options)] })
  class WorkerModule {}
  const logger = pino({ level: env.LOG_LEVEL });
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new NestPinoLogger(logger),
  });
  await app.init();
  const names = app.get(ProcessWorkers).managers.map((p) => p.name);
  const notifications = options.processes.notifications ?? {};
  const transports = (['email', 'webhook'] as const).filter((t) => notifications[t] !== undefined);
  logger.info(
    { processes: names, transports: [...transports, 'log'], projections: env.CASEBOOK_PROJECTIONS === 'on' },
    'casebook worker running',
  );
  return {
    inFlight: 'the pages and timers in flight',
    log: (message, error) => (error === undefined ? logger.info(message) : logger.error(error, message)),
    close: () => app.close().then(() => db.close()),
  };
});
