import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { customerRegistered, openProjectionTestbed, toAppend, type ProjectionTestbed } from '../../testing';
import { EmailTransport } from './email-transport';
import { LogTransport } from './log-transport';
import { OutboxWorker } from './outbox-worker';
import { enqueue, outboxRow } from './outbox-testing';

interface Mail {
  readonly from: string;
  readonly to: string[];
  readonly raw: string;
}

let bed: ProjectionTestbed;
let smtp: SMTPServer;
let smtpUrl: string;
const mails: Mail[] = [];
const now = new Date('2026-03-02T09:00:00Z');

beforeAll(async () => {
  bed = await openProjectionTestbed();
  // A real SMTP server: refuses mail to bounce@..., as a receiving MTA refuses an unknown mailbox.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('bounce@')) {
        const refused = Object.assign(new Error('5.1.1 no such mailbox'), { responseCode: 550 });
        return callback(refused);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const envelope = session.envelope;
        mails.push({
          from: envelope.mailFrom === false ? '' : envelope.mailFrom.address,
          to: envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await bed.close();
});

const worker = (logged: unknown[] = []) =>
  new OutboxWorker({
    pool: bed.db.pool,
    store: bed.store,
    transports: [
      new EmailTransport({ smtpUrl, from: 'Casebook <complaints@example.com>', timeoutMs: 5_000 }),
    ],
    routes: [{ topics: ['customer.*', 'refund.settled'], transport: 'email' }],
    fallback: new LogTransport((line) => logged.push(line)),
    clock: () => now,
  });

const customer = async (id: string, email: string, erased = false) => {
  const events = [customerRegistered(id, { email, name: 'Ada Lovelace' })];
  if (erased)
    events.push(
      toAppend('CustomerPiiErased', {
        customerId: id,
        reason: 'asked to be forgotten',
        legalBasis: 'consent_withdrawn',
        erasedAt: '2026-03-01T09:00:00Z',
      }),
    );
  await bed.store.appendToStream(`customer-${id}`, events);
};

describe('email delivery through SMTP', () => {
  it("mails a customer at the address on their stream, with the message's key", async () => {
    await customer('cust-mail', 'ada@example.com');
    const w = worker();
    try {
      const key = await enqueue(bed.db.pool, { kind: 'customer', customerId: 'cust-mail' }, now, {
        topic: 'customer.notified',
        subject: 'Your refund has been sent',
        body: { message: 'We sent 50.00 GBP back to your card.' },
      });
      await w.deliverDue();
      expect(await outboxRow(bed.db.pool, key)).toMatchObject({ status: 'delivered', transport: 'email' });
      const mail = mails.find((m) => m.raw.includes(key))!;
      expect(mail.from).toBe('complaints@example.com');
      expect(mail.to).toEqual(['ada@example.com']);
      expect(mail.raw).toMatch(/^Subject: Your refund has been sent/m);
      expect(mail.raw).toContain(`Idempotency-Key: ${key}`);
      expect(mail.raw).toContain('We sent 50.00 GBP back to your card.');
    } finally {
      await w.close();
    }
  });

  it('a refused mailbox is a dead letter at once (SMTP 550)', async () => {
    await customer('cust-bounce', 'bounce@example.com');
    const w = worker();
    try {
      const key = await enqueue(bed.db.pool, { kind: 'customer', customerId: 'cust-bounce' }, now, {
        topic: 'customer.notified',
      });
      await w.deliverDue();
      const row = await outboxRow(bed.db.pool, key);
      expect(row).toMatchObject({ status: 'dead', attempts: 1 });
      expect(row.last_error).toMatch(/SMTP: .*550/);
    } finally {
      await w.close();
    }
  });

  it('an erased customer is never e-mailed: the message is dead, saying why', async () => {
    await customer('cust-gone', 'gone@example.com', true);
    await customer('cust-sealed', '[erased]');
    const logged: unknown[] = [];
    const w = worker(logged);
    try {
      const before = mails.length;
      const keys = await Promise.all(
        ['cust-gone', 'cust-sealed'].map((customerId) =>
          enqueue(bed.db.pool, { kind: 'customer', customerId }, now, { topic: 'customer.notified' }),
        ),
      );
      await w.deliverDue();
      for (const [i, key] of keys.entries()) {
        const row = await outboxRow(bed.db.pool, key);
        expect(row.status).toBe('dead');
        expect(row.last_error).toBe(
          `customer ${['cust-gone', 'cust-sealed'][i]!} was erased: no address to send to`,
        );
      }
      expect(mails).toHaveLength(before);
      expect(logged).toEqual([]); // not even the log transport "sends" it
    } finally {
      await w.close();
    }
  });
});
