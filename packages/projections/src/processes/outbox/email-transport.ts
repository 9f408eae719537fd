import { createHash } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';
import type { Json } from '@casebook/event-store';
import type { Addressee, Delivery, SendResult, Transport } from './transport';
import { errorText } from './transport';

export interface EmailOptions {
  /** `smtp://user:pass@host:587` or `smtps://...:465` (nodemailer's SMTP URL). */
  readonly smtpUrl: string;
  /** The From address, e.g. `Casebook <complaints@example.com>`. */
  readonly from: string;
  /** Connection, greeting and socket timeouts (default 10 s). */
  readonly timeoutMs?: number;
  readonly name?: string;
}

/** The text of the mail: the message's own words when it has them, else its fields, one a line. */
export const emailText = (body: Json): string => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return String(body);
  const message = (body as Record<string, Json>).message;
  if (typeof message === 'string') return message;
  return Object.entries(body)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('\n');
};

/** A Message-ID made from the key: a receiving system that dedupes on it sees one mail per key. */
const messageId = (key: string): string =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@casebook.outbox>`;

/** SMTP 5xx replies (no such mailbox, refused) will not change; 4xx and lost connections might. */
const judge = (e: unknown): SendResult => {
  const code = (e as { responseCode?: unknown }).responseCode;
  const permanent = typeof code === 'number' && code >= 500 && code < 600;
  return { ok: false, permanent, error: `SMTP: ${errorText(e)}` };
};

/** Mails customers through SMTP with nodemailer; staff have no address here (route them to a webhook). */
export class EmailTransport implements Transport {
  readonly name: string;
  private readonly mailer: Transporter;

  constructor(private readonly options: EmailOptions) {
    this.name = options.name ?? 'email';
    const timeout = options.timeoutMs ?? 10_000;
    this.mailer = createTransport(options.smtpUrl, {
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  accepts(to: Addressee): boolean {
    return to.kind === 'customer';
  }

  async send({ message, to }: Delivery): Promise<SendResult> {
    if (to.kind !== 'customer') return { ok: false, permanent: true, error: 'email reaches customers only' };
    try {
      await this.mailer.sendMail({
        from: this.options.from,
        to: to.name === undefined ? to.email : { name: to.name, address: to.email },
        subject: message.subject,
        text: emailText(message.body),
        messageId: messageId(message.key),
        headers: { 'Idempotency-Key': message.key, 'X-Casebook-Topic': message.topic },
      });
      return { ok: true };
    } catch (e) {
      return judge(e);
    }
  }

  close(): Promise<void> {
    this.mailer.close();
    return Promise.resolve();
  }
}
