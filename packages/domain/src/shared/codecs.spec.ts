import { complaintCommandCodec, complaintCommandPayloads, complaintEventCodec } from '../complaint';
import { refundCommandPayloads } from '../refund';
import { decodeWith, formatErrors } from './decode';
import { Instant } from './instant';

const errorsOf = (result: ReturnType<typeof decodeWith>): ReadonlyArray<string> =>
  result._tag === 'Left' ? formatErrors(result.left) : [];

const refund = {
  refundId: 'r-1',
  complaintId: 'c-1',
  kind: 'refund',
  paymentReference: 'pay-1',
  amount: { minor: 500, currency: 'GBP' },
  reason: 'goodwill',
};

describe('codecs report the field and the reason', () => {
  it('accepts a valid refund payload', () => {
    expect(decodeWith(refundCommandPayloads.RequestRefund, refund)).toEqual({ _tag: 'Right', right: refund });
  });

  it('rejects a negative amount: amount.minor: expected a positive integer', () => {
    const result = decodeWith(refundCommandPayloads.RequestRefund, {
      ...refund,
      amount: { minor: -5, currency: 'GBP' },
    });
    expect(errorsOf(result)).toEqual(['amount.minor: expected a positive integer']);
  });

  it('rejects a zero amount and a fractional one', () => {
    for (const minor of [0, 1.5]) {
      const result = decodeWith(refundCommandPayloads.RequestRefund, {
        ...refund,
        amount: { minor, currency: 'GBP' },
      });
      expect(errorsOf(result)).toEqual(['amount.minor: expected a positive integer']);
    }
  });

  it('rejects a currency that is not ISO 4217 and an unknown reason', () => {
    const result = decodeWith(refundCommandPayloads.RequestRefund, {
      ...refund,
      amount: { minor: 5, currency: 'pounds' },
      reason: 'because',
    });
    expect(errorsOf(result)).toEqual([
      'amount.currency: expected an ISO 4217 currency code such as GBP',
      expect.stringMatching(/^reason: expected one of duplicate, fraudulent, /),
    ]);
  });

  it('rejects unknown fields: extra: unknown field', () => {
    const result = decodeWith(refundCommandPayloads.RequestRefund, { ...refund, extra: 1 });
    expect(errorsOf(result)).toEqual(['extra: unknown field']);
  });

  it('names missing fields', () => {
    const { reason: _reason, ...missing } = refund;
    expect(errorsOf(decodeWith(refundCommandPayloads.RequestRefund, missing))).toEqual([
      'reason: is required',
    ]);
  });

  it('rejects ids outside the safe alphabet', () => {
    const result = decodeWith(complaintCommandPayloads.AcknowledgeComplaint, { complaintId: 'c 1/../x' });
    expect(errorsOf(result)).toEqual([
      'complaintId: expected an id (1-128 characters: letters, digits, _ . : -)',
    ]);
  });

  it('validates instants as ISO-8601 UTC, including impossible dates', () => {
    expect(Instant.is('2024-02-29T10:00:00Z')).toBe(true);
    expect(Instant.is('2024-02-29T10:00:00.123Z')).toBe(true);
    expect(Instant.is('2023-02-29T10:00:00Z')).toBe(false);
    expect(Instant.is('2024-03-01T10:00:00+01:00')).toBe(false);
    expect(Instant.is('yesterday')).toBe(false);
  });

  it('decodes whole commands, naming the command type, the payload and the metadata', () => {
    const result = decodeWith(complaintCommandCodec, {
      type: 'AcknowledgeComplaint',
      data: { complaintId: 'c-1' },
      metadata: { now: 'not a time', actor: { kind: 'robot', id: 'x' } },
    });
    expect(errorsOf(result)).toEqual([
      'metadata.now: expected an ISO-8601 UTC instant such as 2024-03-01T09:30:00Z',
      expect.stringMatching(/^metadata\.actor\.kind: expected one of agent, supervisor, /),
    ]);
    expect(errorsOf(decodeWith(complaintCommandCodec, { type: 'Nope', data: {} }))).toEqual([
      expect.stringMatching(/^type: expected one of FileComplaint, /),
    ]);
  });

  it('drops unknown fields from stored events instead of failing (forward compatible reads)', () => {
    const stored = {
      type: 'ComplaintAcknowledged',
      data: { complaintId: 'c-1', acknowledgedAt: '2024-03-01T09:00:00Z', x: 1 },
    };
    expect(decodeWith(complaintEventCodec, stored)).toEqual({
      _tag: 'Right',
      right: {
        type: 'ComplaintAcknowledged',
        data: { complaintId: 'c-1', acknowledgedAt: '2024-03-01T09:00:00Z' },
      },
    });
  });

  it('round-trips an event through encode and decode', () => {
    const event = { type: 'EscalationLinked', data: { complaintId: 'c-1', escalationId: 'e-1' } };
    const decoded = decodeWith(complaintEventCodec, event);
    expect(decoded._tag === 'Right' && complaintEventCodec.encode(decoded.right)).toEqual(event);
  });
});
