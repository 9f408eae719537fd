import { post, startTestApi, type TestApi } from '../testing';
import { authorisation, returnRequest } from '../returns/return.fixtures';
import { eventsOf, settle, testClock } from './sla.fixtures';

const processes = { run: true, pollIntervalMs: 50, timerPollMs: 3_600_000 };

describe('returns expire when nothing is shipped by the send-by deadline', () => {
  const time = testClock('2026-06-01T08:00:00.000Z');
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ clock: time.clock, processes });
  }, 60_000);
  afterAll(() => api.close());

  /** A return authorised on 1 June, to be sent by 15 June 12:00 UTC; its id. */
  async function authorised(): Promise<string> {
    const agent = api.auth('agent', 'ana');
    const request = returnRequest({ deliveredAt: '2026-05-28T10:00:00.000Z' });
    const created = await post(api, '/returns', request, agent);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const sendBy = '2026-06-15T12:00:00.000Z';
    expect((await post(api, `/returns/${id}/authorise`, { ...authorisation(), sendBy }, agent)).status).toBe(
      200,
    );
    return id;
  }

  const timerOf = async (id: string) => {
    const { rows } = await api.db.pool.query<{ status: string; due_at: Date }>(
      `SELECT status, due_at FROM process_timers WHERE key = $1`,
      [`return-expiry:${id}`],
    );
    return rows[0];
  };

  it('expires an authorised return at its deadline, once, as the expiry process', async () => {
    time.set('2026-06-01T08:00:00.000Z');
    const id = await authorised();
    await settle(api, 'return-expiry');
    expect(await timerOf(id)).toMatchObject({
      status: 'pending',
      due_at: new Date('2026-06-15T12:00:00.000Z'),
    });

    time.set('2026-06-15T11:59:59.000Z'); // not yet
    await settle(api, 'return-expiry');
    expect(await eventsOf(api, `return-${id}`, 'ReturnExpired')).toHaveLength(0);

    time.set('2026-06-15T12:00:00.000Z');
    await settle(api, 'return-expiry');
    await settle(api, 'return-expiry'); // a second round finds nothing more to do
    const expired = await eventsOf(api, `return-${id}`, 'ReturnExpired');
    expect(expired).toHaveLength(1);
    expect(expired[0]?.metadata.actor).toEqual({ kind: 'system', id: 'process:return-expiry' });
    const [authorisedEvent] = await eventsOf(api, `return-${id}`, 'ReturnAuthorised');
    expect(expired[0]?.metadata.causationId).toBe(authorisedEvent?.eventId);
    expect(await timerOf(id)).toMatchObject({ status: 'fired' });
    const read = await api.request({ method: 'GET', url: `/returns/${id}`, headers: api.auth('agent') });
    expect(read.body).toMatchObject({ state: { status: 'expired' } });
  });

  it('lets a return shipped in time live on: the timer is cancelled and nothing expires', async () => {
    time.set('2026-06-01T08:00:00.000Z');
    const id = await authorised();
    await settle(api, 'return-expiry');
    time.set('2026-06-10T09:00:00.000Z');
    const shipped = await post(
      api,
      `/returns/${id}/ship`,
      { carrier: 'DPD', trackingNumber: 'T-9' },
      api.auth('agent', 'ana'),
    );
    expect(shipped.status).toBe(200);
    await settle(api, 'return-expiry');
    expect(await timerOf(id)).toMatchObject({ status: 'cancelled' });
    time.set('2026-06-20T09:00:00.000Z');
    await settle(api, 'return-expiry');
    expect(await eventsOf(api, `return-${id}`, 'ReturnExpired')).toHaveLength(0);
  });
});
