import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { insertMessage } from '../intentions';
import type { OutboxMessageSpec, Recipient } from '../process';

/** What a test webhook receiver got: one entry per request. */
export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
}

export interface TestReceiver {
  readonly url: string;
  readonly received: Received[];
  close(): Promise<void>;
}

/**
 * A real HTTP server that answers each POST with the next of `statuses` (the last one for ever
 * after), after `delayMs`, and remembers what it got.
 */
export async function startReceiver(statuses: readonly number[], delayMs = 0): Promise<TestReceiver> {
  const received: Received[] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = statuses[Math.min(next++, statuses.length - 1)]!;
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      setTimeout(() => res.writeHead(status).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/casebook`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let seq = 0;

/** Queues a message as a process would (the runtime's own insert); resolves to its key. */
export async function enqueue(
  pool: Pool,
  recipient: Recipient,
  now: Date,
  overrides: Partial<OutboxMessageSpec> = {},
): Promise<string> {
  const key = overrides.key ?? `test:${process.pid}:${Date.now()}:${seq++}`;
  const message: OutboxMessageSpec = {
    key,
    topic: 'refund.failed',
    recipient,
    subject: 'Refund failed',
    body: { message: 'The provider refused the refund' },
    causationId: `cause-${key}`,
    correlationId: `corr-${key}`,
    ...overrides,
  };
  await insertMessage((text, values) => pool.query(text, values), 'test', message, now);
  return key;
}

export const outboxRow = async (pool: Pool, key: string) =>
  (
    await pool.query<{
      status: string;
      attempts: number;
      last_error: string | null;
      transport: string | null;
      delivered_at: Date | null;
      next_attempt_at: Date;
    }>(
      'SELECT status, attempts, last_error, transport, delivered_at, next_attempt_at FROM outbox WHERE key = $1',
      [key],
    )
  ).rows[0]!;
