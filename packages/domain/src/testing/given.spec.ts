import { complaintDecider, complaintCommandPayloads, complaintEventPayloads } from '../complaint';
import { commandsOf, eventsOf, meta, specFor } from './index';

const { given } = specFor(complaintDecider);
const ev = eventsOf(complaintEventPayloads);
const cmd = commandsOf(complaintCommandPayloads);
const ack = cmd('AcknowledgeComplaint', { complaintId: 'c-1' }, meta('2024-03-04T10:00:00Z'));

describe('the test kit itself', () => {
  it('fails `then` when the decided events differ from the expected ones', () => {
    expect(() => given([]).when(ack).then([])).toThrow(/expected events but the command failed/);
  });

  it('fails `thenFails` when the command succeeds, or fails with another tag', () => {
    const filed = ev('ComplaintFiled', {
      complaintId: 'c-1',
      customerId: 'cust-1',
      channel: 'web',
      category: 'billing',
      description: 'Charged twice',
      amountPaid: { minor: 100, currency: 'GBP' },
      priority: 'low',
      regime: 'NONE',
      filedAt: '2024-03-04T09:00:00Z',
    });
    expect(() => given([filed]).when(ack).thenFails('ComplaintClosed')).toThrow(/expected ComplaintClosed/);
    expect(() => given([]).when(ack).thenFails('ComplaintClosed')).toThrow(/expected ComplaintClosed, got/);
    expect(() => given([filed]).when(ack).thenNothingHappens()).toThrow();
  });

  it('refuses fixtures the codecs would refuse', () => {
    expect(() =>
      cmd('AcknowledgeComplaint', { complaintId: 'no spaces allowed' }, meta('2024-03-04T10:00:00Z')),
    ).toThrow(/invalid AcknowledgeComplaint: complaintId: expected an id/);
  });
});
