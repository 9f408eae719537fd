import { complaintAggregate } from '../complaint';
import { cmd } from '../complaint/complaint.fixtures';
import { refundAggregate } from '../refund';
import { decodeCommand } from './aggregate';
import { isDomainError } from './errors';

const metadata = { now: '2024-03-06T10:00:00.000Z', actor: { kind: 'agent', id: 'ana' } };

describe('decodeCommand', () => {
  it('decodes a payload under its command type, with the metadata', () => {
    const decoded = decodeCommand(
      complaintAggregate.commands,
      'ResumeComplaint',
      { complaintId: 'c-1' },
      metadata,
    );
    expect(decoded).toEqual({
      _tag: 'Right',
      right: { type: 'ResumeComplaint', data: { complaintId: 'c-1' }, metadata },
    });
  });

  it('names failing fields as the client sent them, without the envelope around them', () => {
    const body = { refundId: 'r-1', complaintId: 'c-1', amount: { minor: -1, currency: 'GBP' } };
    const decoded = decodeCommand(refundAggregate.commands, 'RequestRefund', body, metadata);
    expect(decoded._tag === 'Left' && decoded.left.map((e) => e.path)).toEqual(
      expect.arrayContaining(['amount.minor', 'kind', 'reason']),
    );
    const notAnObject = decodeCommand(refundAggregate.commands, 'ApproveRefund', 'x', metadata);
    expect(notAnObject._tag === 'Left' && notAnObject.left[0]?.path).toBe('(root)');
  });

  it('refuses an actor id that could not be recorded in an event', () => {
    const bad = { ...metadata, actor: { kind: 'agent', id: 'a b' } };
    const decoded = decodeCommand(
      complaintAggregate.commands,
      'ResumeComplaint',
      { complaintId: 'c-1' },
      bad,
    );
    expect(decoded._tag === 'Left' && decoded.left[0]?.path).toBe('metadata.actor.id');
  });
});

describe('domain errors know their kind', () => {
  it('carries the kind declared with the tag', () => {
    const refused = complaintAggregate.decider.decide(
      cmd('ResumeComplaint', { complaintId: 'c-1' }),
      complaintAggregate.decider.initialState,
    );
    expect(refused).toMatchObject({ _tag: 'Left', left: { _tag: 'ComplaintNotFound', kind: 'not_found' } });
    expect(refused._tag === 'Left' && isDomainError(refused.left)).toBe(true);
    expect(isDomainError({ _tag: 'X', message: 'm', kind: 'whatever' })).toBe(false);
  });
});
