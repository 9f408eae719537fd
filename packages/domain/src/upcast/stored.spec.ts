import { refundAggregate } from '../refund';
import { decodeStored } from './stored';

const filedV1 = {
  complaintId: 'c-1',
  customerId: 'cust-1',
  channel: 'email',
  category: 'billing',
  description: 'Charged twice',
  amountPaid: { minor: 1200, currency: 'GBP' },
  priority: 'high',
  filedAt: '2023-06-01T08:00:00Z',
};

describe('reading stored events', () => {
  it('upcasts and decodes a stored event of any type', () => {
    const e = decodeStored({ type: 'ComplaintFiled', schemaVersion: 1, data: filedV1, globalPosition: 7n });
    expect(e).toEqual({ type: 'ComplaintFiled', data: { ...filedV1, regime: 'NONE' } });
  });

  it('throws, naming the event and the field, when a stored payload does not decode', () => {
    const broken = {
      type: 'ComplaintFiled',
      schemaVersion: 2,
      data: { ...filedV1, regime: 'FCA_DISP', channel: 3 },
    };
    expect(() => decodeStored({ ...broken, globalPosition: 9n })).toThrow(
      /^cannot read event 9 \(ComplaintFiled\): channel: expected/,
    );
  });

  it("refuses another aggregate's event type in a stream of one kind", () => {
    const filed = { type: 'ComplaintFiled', schemaVersion: 1, data: filedV1 };
    expect(() => refundAggregate.events.fromStored(filed)).toThrow(/type: unknown event type/);
  });

  it('encodes an event for the store and reads it back the same', () => {
    const requested = refundAggregate.events.fromStored({
      type: 'RefundApproved',
      schemaVersion: 1,
      data: {
        refundId: 'r-1',
        approvedBy: { kind: 'supervisor', id: 'sam' },
        approvedAt: '2024-03-06T10:00:00.000Z',
      },
    });
    const stored = refundAggregate.events.toStored(requested);
    expect(refundAggregate.events.fromStored({ ...stored, schemaVersion: 1 })).toEqual(requested);
  });
});
