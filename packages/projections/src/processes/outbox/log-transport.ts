import type { Delivery, SendResult, Transport } from './transport';

/** One structured log line per message; `log` is the host's logger (the API passes Nest's). */
export type LogLine = (entry: Readonly<Record<string, unknown>>) => void;

/**
 * The default transport: writes the message to the log and counts it delivered, so a casebook
 * without webhooks or SMTP still shows what it would have sent. The addressee is logged by id,
 * never by address: logs are not the place for personal data.
 */
export class LogTransport implements Transport {
  readonly name = 'log';

  constructor(private readonly log: LogLine) {}

  accepts(): boolean {
    return true;
  }

  send({ message, to }: Delivery): Promise<SendResult> {
    this.log({
      msg: 'outbox message',
      key: message.key,
      topic: message.topic,
      to: to.kind === 'customer' ? { kind: 'customer', customerId: to.customerId } : to,
      complaintId: message.complaintId,
      subject: message.subject,
    });
    return Promise.resolve({ ok: true });
  }
}
