import type { TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A `POST /returns` body: two kettles at 40.00 and a toaster at 25.00, delivered five days ago. */
export const returnRequest = (overrides: Record<string, unknown> = {}) => ({
  customerId: 'cust-1',
  orderReference: 'ord-1',
  deliveredAt: iso(Date.now() - 5 * DAY),
  lines: [
    {
      sku: 'KET-1',
      description: 'Kettle',
      category: 'kitchen',
      quantity: 2,
      unitPrice: { minor: 4000, currency: 'GBP' },
    },
    {
      sku: 'TOA-1',
      description: 'Toaster',
      category: 'kitchen',
      quantity: 1,
      unitPrice: { minor: 2500, currency: 'GBP' },
    },
  ],
  reason: 'defective',
  channel: 'web',
  ...overrides,
});

/** An `authorise` body with the send-by deadline two weeks out. */
export const authorisation = () => ({
  method: 'prepaid_label',
  sendBy: iso(Date.now() + 14 * DAY),
  returnReference: 'RMA-1',
});

export const receipt = {
  lines: [
    { sku: 'KET-1', quantity: 2, condition: 'opened' },
    { sku: 'TOA-1', quantity: 1, condition: 'damaged' },
  ],
};

/** Both lines inspected with the outcomes given, everything that arrived. */
export const inspection = (ket: string, toa: string) => ({
  lines: [
    { sku: 'KET-1', quantity: 2, outcome: ket },
    { sku: 'TOA-1', quantity: 1, outcome: toa, notes: 'Photographed' },
  ],
  evidence: ['photo-1', 'photo-2'],
});

/** A complaint about the order, paid 105.00: what a refund resolution is requested against. */
export async function complaintFor(api: TestApi): Promise<string> {
  const res = await post(
    api,
    '/complaints',
    filing({ amountPaid: { minor: 10_500, currency: 'GBP' } }),
    api.auth('agent', 'ana'),
  );
  return (res.body as { id: string }).id;
}

/** A return linked to a new complaint, taken as far as `received` by an agent and the warehouse. */
export async function receivedReturn(api: TestApi): Promise<{ url: string; complaintId: string }> {
  const agent = api.auth('agent', 'ana');
  const complaintId = await complaintFor(api);
  const created = await post(api, '/returns', returnRequest({ complaintId }), agent);
  const url = `/returns/${(created.body as { id: string }).id}`;
  await post(api, `${url}/authorise`, authorisation(), agent);
  await post(api, `${url}/ship`, { carrier: 'DPD', trackingNumber: 'T-1' }, agent);
  await post(api, `${url}/receive`, receipt, api.auth('warehouse', 'wes'));
  return { url, complaintId };
}
