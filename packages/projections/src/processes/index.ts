export type {
  CommandSender,
  FireContext,
  FireResult,
  OutboxMessageSpec,
  ProcessManager,
  ReactContext,
  Reactions,
  Recipient,
  SendOutcome,
  SystemCommand,
  Timer,
  TimerSpec,
  Trigger,
} from './process';
export { ProcessRunner, type ProcessRunnerOptions } from './process-runner';
export { TimerWorker, type TimerWorkerOptions } from './timer-worker';
export { Intentions } from './intentions';
export { backoffMs } from './backoff';
export { slaProcess, type SlaProcessOptions } from './sla/sla-process';
export { breachEscalationId } from './sla/escalate';
export { readSlaConfig, type SlaConfig } from './sla/sla-config';
export * from './outbox';
export {
  notificationsProcess,
  customerNotifiedKey,
  CUSTOMER_NOTIFIED_TOPIC,
  NOTIFICATIONS_PROCESS,
} from './notifications/notifications.process';
export { returnExpiryProcess, RETURN_EXPIRY_PROCESS } from './returns/return-expiry.process';
export * from './payments';
export { refundOutcomeKey, REFUND_FAILED_TOPIC, REFUND_SETTLED_TOPIC } from './notifications/refund-outcomes';
