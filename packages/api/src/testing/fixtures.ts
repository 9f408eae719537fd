import type { TestApi, TestResponse } from './test-api';

/** A valid `POST /complaints` body. */
export const filing = (overrides: Record<string, unknown> = {}) => ({
  customerId: 'cust-1',
  channel: 'email',
  category: 'billing',
  description: 'Charged twice',
  amountPaid: { minor: 5000, currency: 'GBP' },
  priority: 'medium',
  regime: 'FCA_DISP',
  ...overrides,
});

export const post = (
  api: TestApi,
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<TestResponse> => api.request({ method: 'POST', url, body, headers });

/**
 * Waits until `streamId`'s last event is below the log's readable head, so that readers capped
 * by it (history, the erasure sweep, workers) see what a test just wrote. A transaction open
 * anywhere on the server holds the head back (docs/architecture.md, "Ordering"): on a loaded
 * machine, with other test files' databases on the same server, that can take a moment.
 */
export async function untilReadable(api: TestApi, streamId: string, ms = 10_000): Promise<void> {
  const { events } = await api.store.readStream(streamId);
  const last = events[events.length - 1]?.globalPosition ?? 0n;
  const deadline = Date.now() + ms;
  while ((await api.store.headPosition()) < last) {
    if (Date.now() > deadline) throw new Error(`${streamId} not below the readable head within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
