import type { NotificationSettings } from './notification-settings';
import type { PaymentSettings } from './payment-settings';

/** How the process managers run; each process's own settings sit beside it. */
export interface ProcessSettings {
  /** Run the processes in this process (default true when the API has PostgreSQL). */
  readonly run?: boolean;
  /** Fallback poll of the log when no wake-up arrives (ms, default 1000). */
  readonly pollIntervalMs?: number;
  /** How often the timer worker looks for due timers (ms, default 1000). */
  readonly timerPollMs?: number;
  /** Outbox transports and delivery (docs/processes.md, "Notifications"). */
  readonly notifications?: NotificationSettings;
  /** The payment provider and its callbacks (docs/processes.md, "Refunds through a payment provider"). */
  readonly payments?: PaymentSettings;
}
