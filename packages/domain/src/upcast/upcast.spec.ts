import { upcast, upcasters } from './registry';
import { eventSchemaVersions } from './events';
import { refundAggregate } from '../refund';
import { decodeStored } from './stored';

const v1Filed = {
  complaintId: 'c-1',
  customerId: 'cust-1',
  channel: 'email',
  category: 'billing',
  description: 'Charged twice',
  amountPaid: { minor: 1200, currency: 'GBP' },
  priority: 'high',
  filedAt: '2023-06-01T08:00:00Z',
};

describe('upcasting stored events', () => {
  it('reads a v1 ComplaintFiled without regime as the current version with regime NONE', () => {
    expect(eventSchemaVersions.ComplaintFiled).toBe(2);
    expect(upcast('ComplaintFiled', 1, v1Filed)).toEqual({
      _tag: 'Right',
      right: { type: 'ComplaintFiled', data: { ...v1Filed, regime: 'NONE' } },
    });
  });

  it('reads a current-version event as it is', () => {
    const v2 = { ...v1Filed, regime: 'FCA_DISP' };
    expect(upcast('ComplaintFiled', 2, v2)).toEqual({
      _tag: 'Right',
      right: { type: 'ComplaintFiled', data: v2 },
    });
  });

  it('reads the recorded SLA policy version on a v2 ComplaintFiled, which needed no version bump', () => {
    const v2 = { ...v1Filed, regime: 'FCA_DISP', slaPolicy: 'FCA_DISP@1' };
    expect(upcast('ComplaintFiled', 2, v2)).toEqual({
      _tag: 'Right',
      right: { type: 'ComplaintFiled', data: v2 },
    });
  });

  it('refuses a v2 ComplaintFiled that lacks regime: only v1 may omit it', () => {
    const result = upcast('ComplaintFiled', 2, v1Filed);
    expect(result._tag === 'Left' && result.left.errors).toEqual([{ path: 'regime', reason: 'is required' }]);
  });

  it('refuses unknown types and versions from the future', () => {
    expect(upcast('ComplaintTeleported', 1, {})).toMatchObject({ left: { errors: [{ path: 'type' }] } });
    expect(upcast('ComplaintFiled', 3, v1Filed)).toMatchObject({
      left: { errors: [{ path: 'schemaVersion' }] },
    });
  });

  it('has an upcaster for every older version of every event type', () => {
    const missing = Object.entries(eventSchemaVersions).flatMap(([type, current]) =>
      Array.from({ length: current - 1 }, (_, i) => i + 1)
        .filter((v) => !upcasters.some((u) => u.type === type && u.fromVersion === v))
        .map((v) => `${type} v${v}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('reading stored events', () => {
  it('upcasts and decodes a stored event of any type', () => {
    const e = decodeStored({ type: 'ComplaintFiled', schemaVersion: 1, data: v1Filed, globalPosition: 7n });
    expect(e).toEqual({ type: 'ComplaintFiled', data: { ...v1Filed, regime: 'NONE' } });
  });

  it('throws, naming the event and the field, when a stored payload does not decode', () => {
    const broken = {
      type: 'ComplaintFiled',
      schemaVersion: 2,
      data: { ...v1Filed, regime: 'FCA_DISP', channel: 3 },
    };
    expect(() => decodeStored({ ...broken, globalPosition: 9n })).toThrow(
      /^cannot read event 9 \(ComplaintFiled\): channel: expected/,
    );
  });

  it("refuses another aggregate's event type in a stream of one kind", () => {
    const filed = { type: 'ComplaintFiled', schemaVersion: 1, data: v1Filed };
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
