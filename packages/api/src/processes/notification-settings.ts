import {
  EmailTransport,
  LogTransport,
  type Route,
  type Transport,
  WebhookTransport,
} from '@casebook/projections';
import type { Logger } from '@nestjs/common';
import type { Environment } from '../settings/settings';

/** Where outbox messages go and how hard the delivery worker tries (docs/processes.md, "Notifications"). */
export interface NotificationSettings {
  readonly webhook?: {
    readonly urls: readonly string[];
    readonly secret: string;
    /** Default every topic (`*`). */
    readonly topics?: readonly string[];
    readonly timeoutMs?: number;
  };
  readonly email?: {
    readonly smtpUrl: string;
    readonly from: string;
    /** Default `customer.*` and `refund.settled`. */
    readonly topics?: readonly string[];
    readonly timeoutMs?: number;
  };
  /** Attempts before a message is dead (default 12). */
  readonly maxAttempts?: number;
  /** How often the worker looks for due messages (ms, default 1000). */
  readonly pollMs?: number;
  /** Retry backoff: doubles from `baseMs` (10 s) up to `maxMs` (1 h), with jitter. */
  readonly backoff?: { readonly baseMs?: number; readonly maxMs?: number };
}

/** The settings the environment gives (SMTP_URL, NOTIFY_*). */
export const notificationSettingsOf = (env: Environment): NotificationSettings => ({
  maxAttempts: env.NOTIFY_MAX_ATTEMPTS,
  ...(env.NOTIFY_WEBHOOK_URL !== undefined && env.NOTIFY_WEBHOOK_SECRET !== undefined
    ? {
        webhook: {
          urls: env.NOTIFY_WEBHOOK_URL,
          secret: env.NOTIFY_WEBHOOK_SECRET,
          topics: env.NOTIFY_WEBHOOK_TOPICS,
        },
      }
    : {}),
  ...(env.SMTP_URL !== undefined && env.NOTIFY_FROM !== undefined
    ? { email: { smtpUrl: env.SMTP_URL, from: env.NOTIFY_FROM, topics: env.NOTIFY_EMAIL_TOPICS } }
    : {}),
});

/**
 * The transports and routes the settings describe: e-mail first for its topics (customers
 * only), then webhooks for theirs; whatever neither takes is logged.
 */
export function transportsOf(settings: NotificationSettings, logger: Logger) {
  const transports: Transport[] = [];
  const routes: Route[] = [];
  const { email, webhook } = settings;
  if (email !== undefined) {
    transports.push(new EmailTransport(email));
    routes.push({ topics: email.topics ?? ['customer.*', 'refund.settled'], transport: 'email' });
  }
  if (webhook !== undefined) {
    transports.push(new WebhookTransport(webhook));
    routes.push({ topics: webhook.topics ?? ['*'], transport: 'webhook' });
  }
  const fallback = new LogTransport((entry) => logger.log(entry));
  return { transports, routes, fallback };
}
