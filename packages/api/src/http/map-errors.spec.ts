import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type Json } from '@casebook/event-store';
import { clientFieldOf } from './map-errors';
import { outcomeOf, problemOf } from './problem.filter';

const metadata = {
  actor: { kind: 'agent', id: 'ana' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
  occurredAt: '2024-03-06T10:00:00.000Z',
} as const;

/** What the store throws for `data`: a real refusal from its validator, not one built here. */
async function refusalOf(data: Json, many = false): Promise<unknown> {
  const store = new InMemoryEventStore();
  const event = { eventId: randomUUID(), type: 'ComplaintFiled', data, metadata };
  try {
    if (many) await store.appendToStreams([{ streamId: 'complaint-c-1', events: [event] }]);
    else await store.appendToStream('complaint-c-1', [event]);
  } catch (e) {
    return e;
  }
  throw new Error('the store took it');
}

describe('a store refusal is the caller’s error', () => {
  it('a NUL the store refuses is a 400 InvalidInput naming the field the client sent', async () => {
    const refusal = await refusalOf({ complaintId: 'c-1', category: 'bi\u0000lling' });
    expect(refusal).toMatchObject({ code: 'InvalidAppend', field: 'events[0].data.category' });
    const outcome = outcomeOf(problemOf(refusal));
    expect(outcome.status).toBe(400);
    expect(outcome.body).toMatchObject({
      code: 'InvalidInput',
      errors: [{ path: 'category', reason: expect.stringMatching(/NUL character/) }],
    });
    expect(JSON.stringify(outcome.body)).not.toMatch(/events\[0\]|at \w+ \(/);
  });

  it('names a nested field, also from a multi-stream append', async () => {
    const refusal = await refusalOf({ amountPaid: { currency: 'G\u0000BP' } }, true);
    expect(refusal).toMatchObject({ field: 'appends[0].events[0].data.amountPaid.currency' });
    expect(problemOf(refusal)).toMatchObject({
      status: 400,
      errors: [{ path: 'amountPaid.currency' }],
    });
  });

  it('maps store fields to client fields', () => {
    expect(clientFieldOf('events[0].data.a.data.b')).toBe('a.data.b');
    expect(clientFieldOf('events[0].data')).toBe('(root)');
    expect(clientFieldOf('events[0].metadata.idempotencyKey')).toBe('events[0].metadata.idempotencyKey');
  });

  it('any other error thrown from the store is still a 500 that says nothing of its cause', () => {
    const p = problemOf(Object.assign(new Error('boom at /srv/x.ts:1'), { code: 'SomethingElse' }));
    expect(p).toMatchObject({ status: 500, code: 'InternalError' });
    expect(JSON.stringify(p)).not.toMatch(/boom|srv/);
  });
});
