import { notificationSettingsOf } from '../processes/notification-settings';
import { paymentSettingsOf } from '../processes/payment-settings';
import type { Settings } from '../settings/decode';
import type { Database } from './database';
import type { AppOptions } from './create-app';

/**
 * What the API and the worker build from the decoded environment: the same store, keyring,
 * settings and jobs, so a worker acts exactly as an API process would.
 */
export const optionsFromSettings = (
  { env, auth, sla }: Settings,
  db: Database,
  devSecret: string | undefined,
): AppOptions => ({
  store: db.store,
  keyring: db.keyring,
  pool: db.pool,
  auth: auth ?? { jwtSecret: devSecret! },
  logLevel: env.LOG_LEVEL,
  // `off` when `casebook projections run` workers keep the read models instead.
  projections: { run: env.CASEBOOK_PROJECTIONS === 'on' },
  // `off` when `pnpm worker` processes run the SLA timers, refunds and notifications.
  processes: {
    run: env.CASEBOOK_PROCESSES === 'on',
    notifications: notificationSettingsOf(env),
    payments: paymentSettingsOf(env),
  },
  sla,
  readyMaxLagSeconds: env.CASEBOOK_READY_MAX_LAG_SECONDS,
  idempotencyKeys: {
    purge:
      env.CASEBOOK_IDEMPOTENCY_PURGE_SECONDS === 0
        ? false
        : { everyMs: env.CASEBOOK_IDEMPOTENCY_PURGE_SECONDS * 1000 },
  },
  rateLimit: env.CASEBOOK_RATE_LIMIT > 0 && { perMinute: env.CASEBOOK_RATE_LIMIT },
  metrics: env.METRICS_PORT === undefined ? undefined : { port: env.METRICS_PORT },
});
