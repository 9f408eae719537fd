import type autocannon from 'autocannon';

const filing = (customerId: string) => ({
  customerId,
  channel: 'phone',
  category: 'billing',
  description: 'Charged twice',
  // Large enough that a benchmark's worth of small refunds never exhausts it.
  amountPaid: { minor: 1_000_000_000, currency: 'GBP' },
  priority: 'medium',
  regime: 'FCA_DISP',
});

/**
 * A realistic mix as an autocannon `setupRequest`: file a complaint, log an interaction, assign a
 * complaint, request a refund, each a quarter of the traffic, spread over `seed` complaints filed
 * beforehand so that no single stream becomes the bottleneck.
 */
export async function commandMix(
  base: string,
  token: string,
  seed: number,
): Promise<(req: autocannon.Request) => autocannon.Request> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const ids: string[] = [];
  for (let i = 0; i < seed; i++) {
    const res = await fetch(`${base}/complaints`, {
      method: 'POST',
      headers,
      body: JSON.stringify(filing(`cust-${i}`)),
    });
    ids.push(((await res.json()) as { id: string }).id);
  }
  const pick = () => ids[Math.floor(Math.random() * ids.length)]!;
  let n = 0;
  return (req) => {
    const body = (path: string, data: unknown) => ({
      ...req,
      method: 'POST' as const,
      path,
      // A fresh object each time: autocannon writes content-length into the one it is given.
      headers: { ...headers },
      body: JSON.stringify(data),
    });
    switch (n++ % 4) {
      case 0:
        return body('/complaints', filing(`cust-${n}`));
      case 1:
        return body('/interactions', {
          customerId: `cust-${n}`,
          channel: 'phone',
          direction: 'inbound',
          agentId: 'bench-agent',
        });
      case 2:
        // The same owner each time (agents may not take over a case), a new team so it is a change.
        return body(`/complaints/${pick()}/assign`, { ownerId: 'bench-agent', team: `team-${n}` });
      default:
        return body('/refunds', {
          complaintId: pick(),
          kind: 'refund',
          paymentReference: `pay-${n}`,
          amount: { minor: 1, currency: 'GBP' },
          reason: 'duplicate',
        });
    }
  };
}
