import { complaintDecider, type ComplaintEvent } from '../complaint';
import { complaintId, ev, filed } from '../complaint/complaint.fixtures';
import { fold } from '../shared/decider';
import { decodeWith, formatErrors } from '../shared/decode';
import { at } from '../testing';
import { customerCommandPayloads } from './commands';
import { DEFAULT_RETENTION, erasureContextFrom, retainedUntil } from './context';

const complaintState = (events: ReadonlyArray<ComplaintEvent> = []) =>
  fold(complaintDecider.evolve, complaintDecider.initialState, events);

describe('erasure context', () => {
  it('reports each complaint with its status, regime and close time', () => {
    const open = complaintState([filed('CFPB')]);
    const ctx = erasureContextFrom(new Map([['c-1', open]]), DEFAULT_RETENTION);
    expect(ctx).toEqual({
      complaints: [{ complaintId: 'c-1', status: 'open', regime: 'CFPB', closedAt: null }],
      retention: DEFAULT_RETENTION,
    });
  });

  it('takes the close time from a closed complaint', () => {
    const closed = complaintState([
      filed(),
      ev('ComplaintClosed', { complaintId, closure: 'final_response', closedAt: '2024-01-02T03:04:05Z' }),
    ]);
    expect(erasureContextFrom(new Map([['c-1', closed]]), DEFAULT_RETENTION).complaints).toEqual([
      { complaintId: 'c-1', status: 'closed', regime: 'FCA_DISP', closedAt: '2024-01-02T03:04:05Z' },
    ]);
  });

  it('counts a complaint it cannot read as open, so it blocks the erasure', () => {
    const ctx = erasureContextFrom(
      new Map([
        ['c-8', undefined],
        ['c-9', complaintState()],
      ]),
      DEFAULT_RETENTION,
    );
    expect(ctx.complaints.map((c) => [c.complaintId, c.status])).toEqual([
      ['c-8', 'open'],
      ['c-9', 'open'],
    ]);
  });
});

describe('retention arithmetic', () => {
  it('adds calendar years at the same time of day', () => {
    expect(retainedUntil(at('2021-03-06T10:00:00Z'), 3)).toBe('2024-03-06T10:00:00.000Z');
    expect(retainedUntil(at('2021-12-31T23:59:59.999Z'), 3)).toBe('2024-12-31T23:59:59.999Z');
    expect(retainedUntil(at('2021-03-06T10:00:00Z'), 0)).toBe('2021-03-06T10:00:00.000Z');
  });

  it('runs a 29 February close to 1 March of a common year, never to 28 February', () => {
    expect(retainedUntil(at('2020-02-29T12:00:00Z'), 3)).toBe('2023-03-01T12:00:00.000Z');
    expect(retainedUntil(at('2020-02-29T12:00:00Z'), 4)).toBe('2024-02-29T12:00:00.000Z');
  });
});

describe('erasure commands', () => {
  it('refuses a ground that is not one of Art. 17(1)', () => {
    const result = decodeWith(customerCommandPayloads.RequestErasure, {
      customerId: 'cust-1',
      reason: 'Asked',
      legalBasis: 'because',
    });
    expect(result._tag === 'Left' && formatErrors(result.left)).toEqual([
      'legalBasis: expected one of no_longer_necessary, consent_withdrawn, objection, unlawful_processing, legal_obligation, child_consent',
    ]);
  });
});
