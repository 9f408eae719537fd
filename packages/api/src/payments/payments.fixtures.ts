import type { StoredEvent } from '@casebook/event-store';
import { freePort, startChild, type Child } from '../testing/processes';
import { filing, post, type TestApi } from '../testing';

export const CALLBACK_SECRET = 'payments-callback-secret-0123456789abcdef';

/** The payment simulator as its own process, calling back `callbackUrl`. */
export async function startSimulator(port: number, callbackUrl: string): Promise<Child> {
  const child = startChild('payment-simulator', 'packages/payment-simulator/src/main.ts', [], {
    PAYMENTS_SIMULATOR_PORT: String(port),
    PAYMENTS_SIMULATOR_CALLBACK_URL: callbackUrl,
    PAYMENTS_SIMULATOR_SECRET: CALLBACK_SECRET,
    PAYMENTS_SIMULATOR_SETTLE_MS: '100',
  });
  await child.waitFor(/payment simulator listening/);
  return child;
}

export { freePort };

/** Files a complaint (1000.00 paid), assigns it to owner-7 (team billing) unless `assign` is false, and requests a refund on it as agent-1. */
export async function requestRefund(
  api: TestApi,
  paymentReference: string,
  minor: number,
  assign = true,
): Promise<{ complaintId: string; refundId: string }> {
  const agent = api.auth('agent', 'agent-1');
  const filed = await post(
    api,
    '/complaints',
    filing({ amountPaid: { minor: 100_000, currency: 'GBP' } }),
    agent,
  );
  const complaintId = (filed.body as { id: string }).id;
  const assigned = assign
    ? await post(api, `/complaints/${complaintId}/assign`, { ownerId: 'owner-7', team: 'billing' }, agent)
    : { status: 200 };
  if (assigned.status !== 200) throw new Error(`assign answered ${assigned.status}`);
  const body = {
    complaintId,
    kind: 'refund',
    paymentReference,
    amount: { minor, currency: 'GBP' },
    reason: 'duplicate',
  };
  const res = await post(api, '/refunds', body, agent);
  if (res.status !== 201) throw new Error(`refund answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { complaintId, refundId: (res.body as { id: string }).id };
}

/** The refund's events by type, oldest first. */
export async function refundEvents(api: TestApi, refundId: string): Promise<readonly StoredEvent[]> {
  return (await api.store.readStream(`refund-${refundId}`)).events;
}

export const typesOf = (events: readonly StoredEvent[]) => events.map((e) => e.type);

/** Polls `probe` until it holds (20 ms apart), or fails after `ms`. */
export async function until<T>(probe: () => Promise<T>, holds: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The simulator's control API. */
export const simulator = (url: string) => ({
  refunds: async () =>
    (await (await fetch(`${url}/_control/refunds`)).json()) as Array<{
      id: string;
      idempotencyKey: string;
      requests: number;
    }>,
  callbacks: async () =>
    (await (await fetch(`${url}/_control/callbacks`)).json()) as Array<{
      event: { id: string; data: { idempotencyKey: string } };
      delivered: boolean;
    }>,
  outage: async (ms: number) => {
    await fetch(`${url}/_control/outage`, { method: 'POST', body: JSON.stringify({ ms }) });
  },
});
