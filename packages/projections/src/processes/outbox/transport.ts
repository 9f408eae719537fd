import type { Json } from '@casebook/event-store';
import type { Recipient } from '../process';

/** One outbox row, as the delivery worker claims it. */
export interface OutboxMessage {
  readonly id: string;
  /** The idempotency key receivers see (`Idempotency-Key`, `Casebook-Message-Id`). */
  readonly key: string;
  readonly process: string;
  readonly topic: string;
  readonly recipient: Recipient;
  readonly complaintId: string | null;
  readonly subject: string;
  readonly body: Json;
  readonly causationId: string;
  readonly correlationId: string;
  /** Attempts before this one. */
  readonly attempts: number;
  readonly createdAt: Date;
}

/** Who the message reaches, resolved at delivery: a customer's address is read then, not stored. */
export type Addressee =
  | { readonly kind: 'customer'; readonly customerId: string; readonly email: string; readonly name?: string }
  | { readonly kind: 'staff'; readonly actorId: string };

/** What a transport sends: the message, its resolved addressee, and the worker's clock. */
export interface Delivery {
  readonly message: OutboxMessage;
  readonly to: Addressee;
  readonly now: Date;
}

/**
 * How one send went. `permanent`: sending again cannot help (a 4xx, a refused mailbox): the
 * message is dead at once; otherwise it is retried with backoff until its attempts run out.
 */
export type SendResult =
  { readonly ok: true } | { readonly ok: false; readonly permanent: boolean; readonly error: string };

/** A way out of casebook: webhook, email, log, or one of your own (docs/processes.md). */
export interface Transport {
  /** Names it in routes and in the outbox's `transport` column. */
  readonly name: string;
  /** Whether it can reach this addressee at all (email needs an e-mail address). */
  accepts(to: Addressee): boolean;
  send(delivery: Delivery): Promise<SendResult>;
  close?(): Promise<void>;
}

/** Which transport takes which topics: routes are tried in order, the first that accepts wins. */
export interface Route {
  /** Topics: exact (`refund.failed`), a prefix (`refund.*`) or every topic (`*`). */
  readonly topics: readonly string[];
  readonly transport: string;
}

export const topicMatches = (pattern: string, topic: string): boolean =>
  pattern === '*' || pattern === topic || (pattern.endsWith('.*') && topic.startsWith(pattern.slice(0, -1)));

/**
 * The transport for a message: the first route whose topics match and whose transport accepts
 * the addressee; else `fallback` (the log transport) when it accepts; else none.
 */
export function chooseTransport(
  routes: readonly Route[],
  transports: ReadonlyMap<string, Transport>,
  topic: string,
  to: Addressee,
  fallback?: Transport,
): Transport | undefined {
  for (const route of routes) {
    const transport = transports.get(route.transport);
    if (transport === undefined || !route.topics.some((p) => topicMatches(p, topic))) continue;
    if (transport.accepts(to)) return transport;
  }
  return fallback?.accepts(to) ? fallback : undefined;
}

/** Errors become one line of bounded text: they are stored, shown and recorded on complaints. */
export const errorText = (e: unknown, max = 500): string => {
  const text = (e instanceof Error ? e.message : String(e)).replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim();
  return (text === '' ? 'unknown error' : text).slice(0, max);
};
