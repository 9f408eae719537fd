import type { StoredEvent } from '@casebook/event-store';
import { mergePage, pageRequest } from './history-page';

const event = (streamId: string, streamPosition: number, globalPosition: number): StoredEvent => ({
  eventId: `e-${globalPosition}`,
  streamId,
  streamPosition: BigInt(streamPosition),
  globalPosition: BigInt(globalPosition),
  type: 'Happened',
  schemaVersion: 1,
  data: {},
  metadata: { actor: { kind: 'agent', id: 'a' }, correlationId: 'c', causationId: 'k', occurredAt: 'x' },
  recordedAt: new Date(0),
  hash: '',
});
// Two streams interleaved in the log, handed over stream by stream as they are read.
const events = [
  event('complaint-c', 0, 1),
  event('complaint-c', 1, 4),
  event('refund-r', 0, 2),
  event('refund-r', 1, 5),
];
const req = (cursor?: string, limit = '2') => {
  const r = pageRequest({ cursor, limit }, 'complaint-c');
  if ('errors' in r) throw new Error(JSON.stringify(r.errors));
  return r;
};

describe('mergePage', () => {
  it('merges streams by global position and resumes after the last one returned', () => {
    const first = mergePage('complaint-c', [], events, req(), 5n);
    expect(first.items.map((i) => i.globalPosition)).toEqual([1, 2]);
    const second = mergePage('complaint-c', [], events, req(first.nextCursor!), 5n);
    expect(second.items.map((i) => i.globalPosition)).toEqual([4, 5]);
    expect(second.nextCursor).toBeNull();
  });

  it('shows nothing past the readable head: a slower transaction may still commit below it', () => {
    const page = mergePage('complaint-c', [], events, req(undefined, '10'), 4n);
    expect(page.items.map((i) => i.globalPosition)).toEqual([1, 2, 4]);
    expect(page.nextCursor).toBeNull();
  });
});

describe('pageRequest', () => {
  const errorsOf = (cursor: unknown, limit: unknown = undefined) => {
    const r = pageRequest({ cursor, limit }, 'complaint-c');
    return 'errors' in r ? r.errors.map((e) => e.path) : [];
  };
  const cursorOf = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');

  it('defaults to the start and 100 events', () => {
    expect(pageRequest({}, 'complaint-c')).toEqual({ after: 0n, limit: 100 });
  });

  it.each([
    ['not base64url', '***'],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['no position', cursorOf({ of: 'complaint-c' })],
    ['a negative position', cursorOf({ of: 'complaint-c', after: '-1' })],
    ['a number, not a string', cursorOf({ of: 'complaint-c', after: 3 })],
    ['another history', cursorOf({ of: 'complaint-d', after: '3' })],
    ['repeated', ['a', 'b']],
  ])('refuses a cursor that is %s', (_, cursor) => {
    expect(errorsOf(cursor)).toEqual(['cursor']);
  });

  it.each(['0', '501', '1e2', ' 5', ''])('refuses limit %j', (limit) => {
    expect(errorsOf(undefined, limit)).toEqual(['limit']);
  });
});
