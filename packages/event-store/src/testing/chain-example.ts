import type { EventMetadata, EventToAppend } from '../port';

/**
 * The worked example of docs/audit.md ("Tamper evidence"), computed independently of our code
 * (Python's json.dumps with sorted keys and hashlib): every adapter must give these hashes.
 */
export const chainExample = (() => {
  const metadata: EventMetadata = {
    actor: { kind: 'agent', id: 'agent-7' },
    channel: 'phone',
    correlationId: 'corr-1',
    causationId: 'cause-1',
    occurredAt: '2026-11-23T10:00:00.000Z',
  };
  const event = (n: number, type: string, data: EventToAppend['data']): EventToAppend => ({
    eventId: `00000000-0000-4000-8000-00000000000${n}`,
    type,
    schemaVersion: 1,
    data,
    metadata,
  });
  return {
    streamId: 'complaint-c-1',
    /** Appended as [0, 1] in one call, then [2]: chaining within and across appends. */
    events: [
      event(1, 'ComplaintFiled', {
        summary: 'Refund late – café',
        customerId: 'c-1',
        amount: { minor: 1999, currency: 'EUR' },
        ratio: 0.1,
        big: 1e21,
      }),
      event(2, 'ComplaintAcknowledged', { complaintId: 'c-1' }),
      event(3, 'ComplaintResolved', { complaintId: 'c-1', outcome: 'upheld' }),
    ],
    firstCanonical:
      '["complaint-c-1","00000000-0000-4000-8000-000000000001","ComplaintFiled",1,' +
      '{"amount":{"currency":"EUR","minor":1999},"big":1e+21,"customerId":"c-1","ratio":0.1,"summary":"Refund late – café"},' +
      '{"actor":{"id":"agent-7","kind":"agent"},"causationId":"cause-1","channel":"phone","correlationId":"corr-1","occurredAt":"2026-11-23T10:00:00.000Z"}]',
    digests: [
      '30fdf6363b0e31eaf24db52981d567f78a00f70573e559d1e23546f953b9fe17',
      '47e5d38698480cbc9f76cd81ee072f9a19de11940e1765a832bc8852515283d2',
      '760f2e7f1e01c067d1ad0360c8c1a7cf746e4639b753c1c8ebfc6f3ef7c2a961',
    ],
    hashes: [
      'cdc633e1b489f268f5ef9ac85d7a1783074297d7042cc954050b7b02eb468573',
      '227d29cdf00d4b44e87cb2f4eeddf93c0e03319d708454b5bee6e7e8aca6e99e',
      'b368d52f55a3de29ef197cbd9eb7fe8ba90438098975efe43b80dc55b67e7934',
    ],
  };
})();
