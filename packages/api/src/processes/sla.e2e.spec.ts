import { startTestApi, type TestApi } from '../testing';
import { act, eventsOf, file, settle, SLA_SETTINGS, testClock, timersOf } from './sla.fixtures';

/**
 * The SLA process end to end through the API, on a clock the test moves: policies chosen by the
 * settings, deadlines with the regime's calendar (weekends, bank holidays, the change to summer
 * time), warnings, breaches and the escalations they raise.
 */
describe('SLA clocks as durable timers', () => {
  let api: TestApi;
  // Friday 27 March 2026, 18:00 in London (GMT): after hours, before Easter and the change to BST.
  const time = testClock('2026-03-27T18:00:00.000Z');

  beforeAll(async () => {
    api = await startTestApi({
      clock: time.clock,
      sla: SLA_SETTINGS,
      processes: { run: true, pollIntervalMs: 50, timerPollMs: 3_600_000 },
    });
  }, 60_000);
  afterAll(() => api.close());

  const breaches = async (id: string) => eventsOf(api, `complaint-${id}`, 'SlaTargetBreached');

  it('a payment complaint filed on a Friday evening before Easter is due after 15 UK business days, warned at 75% and breached once, then escalated at the policy’s level', async () => {
    time.set('2026-03-27T18:00:00.000Z');
    const id = await file(api, { regime: 'FCA_DISP', category: 'payments' });
    const [filed] = await eventsOf(api, `complaint-${id}`, 'ComplaintFiled');
    expect(filed?.data).toMatchObject({ slaPolicy: 'FCA_DISP_PSD@1', slaCalendar: 'UK@2026' });
    await settle(api);
    const timers = await timersOf(api, id);
    // Mon 30 Mar to Tue 21 Apr, without Good Friday and Easter Monday: close of business, 17:00 BST.
    expect(timers['final_response:breach']?.due_at.toISOString()).toBe('2026-04-21T16:00:00.001Z');
    // 90 of the 120 working hours: 11 business days and 2 hours, Thu 16 Apr 11:00 BST.
    expect(timers['final_response:warn']?.due_at.toISOString()).toBe('2026-04-16T10:00:00.000Z');
    // Summary resolution is a route the firm may take, not a deadline it owes: no timer.
    expect(timers['summary_resolution:breach']).toBeUndefined();

    time.set('2026-04-16T09:59:59.000Z');
    await settle(api);
    expect(await eventsOf(api, `complaint-${id}`, 'SlaTargetAtRisk')).toHaveLength(0);
    time.set('2026-04-16T10:00:00.000Z');
    await settle(api);
    const [risk] = await eventsOf(api, `complaint-${id}`, 'SlaTargetAtRisk');
    expect(risk?.data).toMatchObject({ milestone: 'final_response', dueAt: '2026-04-21T16:00:00.000Z' });
    expect(risk?.metadata.actor).toEqual({ kind: 'system', id: 'process:sla' });
    expect(risk?.metadata.causationId).toBe(filed?.eventId);
    expect(risk?.metadata.correlationId).toBe(filed?.metadata.correlationId);

    time.set('2026-04-21T16:00:00.000Z'); // met at the due instant is met
    await settle(api);
    expect(await breaches(id)).toHaveLength(0);
    time.set('2026-04-21T16:00:01.000Z');
    await settle(api);
    await settle(api);
    const found = await breaches(id);
    expect(found).toHaveLength(1);
    expect(found[0]?.data).toMatchObject({
      milestone: 'final_response',
      breachedAt: '2026-04-21T16:00:01.000Z',
    });

    const complaint = await api.request({
      method: 'GET',
      url: `/complaints/${id}`,
      headers: api.auth('agent'),
    });
    const [escalationId] = complaint.body.state.escalationIds as string[];
    const raised = await eventsOf(api, `escalation-${escalationId}`, 'EscalationRaised');
    expect(raised[0]?.data).toMatchObject({
      level: 3,
      trigger: 'sla_breach',
      cause: 'sla-breach:final_response',
    });
    expect(raised[0]?.metadata.causationId).toBe(found[0]?.eventId);
  });

  it('a holding response sent in time moves the payment deadline to 35 business days', async () => {
    time.set('2026-03-27T18:00:00.000Z');
    const id = await file(api, { regime: 'FCA_DISP', category: 'payments' });
    await settle(api);
    time.set('2026-04-01T10:00:00.000Z');
    await act(api, id, 'holding-response', {
      message: 'We need more time: the card scheme is investigating.',
    });
    await settle(api);
    const timers = await timersOf(api, id);
    // 35 business days from Mon 30 Mar, skipping Good Friday, Easter Monday and both May bank holidays.
    expect(timers['final_response:breach']?.due_at.toISOString()).toBe('2026-05-20T16:00:00.001Z');
    time.set('2026-04-22T09:00:00.000Z');
    await settle(api);
    expect(await breaches(id)).toHaveLength(0);
  });

  it('a clock that waits for the customer stops, and runs on from where it stopped when they reply', async () => {
    time.set('2026-06-01T08:00:00.000Z'); // Monday 09:00 BST
    const id = await file(api, { regime: 'NONE' });
    await settle(api);
    time.set('2026-06-01T08:30:00.000Z');
    await act(api, id, 'acknowledge');
    time.set('2026-06-01T10:00:00.000Z');
    await act(api, id, 'request-information', { requestId: 'q1', question: 'Which card was charged?' });
    await settle(api);
    expect((await timersOf(api, id))['first_response:breach']?.status).toBe('cancelled');

    time.set('2026-06-04T00:00:00.000Z'); // past Wednesday's close, the unpaused deadline
    await settle(api);
    expect(await breaches(id)).toHaveLength(0);

    time.set('2026-06-04T09:00:00.000Z'); // Thursday 10:00 BST: the reply restarts the clock
    await act(api, id, 'customer-reply', { requestId: 'q1', reply: 'The debit card ending 4242.' });
    await settle(api);
    const breach = (await timersOf(api, id))['first_response:breach'];
    // Tuesday and Wednesday stood still; Thursday ran 7 of 8 hours; Friday one day; Monday one hour.
    expect(breach).toMatchObject({ status: 'pending' });
    expect(breach?.due_at.toISOString()).toBe('2026-06-08T09:00:00.001Z');
  });

  it('a breach raises an escalation at the policy’s level; a second breach raises its level, each once', async () => {
    time.set('2026-06-15T08:00:00.000Z'); // Monday 09:00 BST
    const id = await file(api, { regime: 'NONE' });
    await settle(api);
    time.set('2026-06-15T12:00:01.000Z'); // four business hours and a second: not acknowledged
    await settle(api);
    const complaint = async () =>
      (await api.request({ method: 'GET', url: `/complaints/${id}`, headers: api.auth('agent') })).body
        .state as {
        escalationIds: string[];
      };
    const [escalationId] = (await complaint()).escalationIds;
    expect(await eventsOf(api, `escalation-${escalationId}`, 'EscalationRaised')).toMatchObject([
      { data: { level: 1, trigger: 'sla_breach', cause: 'sla-breach:acknowledgement' } },
    ]);

    time.set('2026-06-17T16:00:01.000Z'); // Wednesday close of business and a second: no response
    await settle(api);
    await settle(api);
    expect((await complaint()).escalationIds).toEqual([escalationId]);
    const escalation = await api.request({
      method: 'GET',
      url: `/escalations/${escalationId}`,
      headers: api.auth('agent'),
    });
    expect(escalation.body.state).toMatchObject({ level: 2 });
    expect(await eventsOf(api, `escalation-${escalationId}`, 'EscalationLevelRaised')).toMatchObject([
      { data: { fromLevel: 1, toLevel: 2, cause: 'sla-breach:first_response' } },
    ]);
    expect(await breaches(id)).toHaveLength(2);
  });

  it('a breach is recorded once however often its timer fires again', async () => {
    time.set('2026-07-06T08:00:00.000Z');
    const id = await file(api, { regime: 'NONE' });
    await settle(api);
    time.set('2026-07-06T12:00:01.000Z');
    await settle(api);
    expect(await breaches(id)).toHaveLength(1);
    // As if the worker had died after the command and before marking the timer fired.
    await api.db.pool.query(`UPDATE process_timers SET status = 'pending' WHERE key = $1`, [
      `sla:${id}:acknowledgement:breach`,
    ]);
    await api.db.pool.query(`UPDATE process_timers SET status = 'pending' WHERE key = $1`, [
      `sla:${id}:acknowledgement:escalate`,
    ]);
    await settle(api);
    expect(await breaches(id)).toHaveLength(1);
    const complaint = await api.request({
      method: 'GET',
      url: `/complaints/${id}`,
      headers: api.auth('agent'),
    });
    expect(complaint.body.state.escalationIds).toHaveLength(1);
    const [escalationId] = complaint.body.state.escalationIds as string[];
    expect(await eventsOf(api, `escalation-${escalationId}`)).toHaveLength(1);
  });

  it('a timer is due by the regime’s calendar across the change to summer time', async () => {
    // Friday 27 March 16:00 GMT: one business hour left that day; the clocks go forward on Sunday.
    time.set('2026-03-27T16:00:00.000Z');
    const id = await file(api, { regime: 'NONE' });
    await settle(api);
    // 1 hour on Friday (GMT), then 3 on Monday from 09:00 BST (08:00Z): 11:00Z, not 12:00Z.
    expect((await timersOf(api, id))['acknowledgement:breach']?.due_at.toISOString()).toBe(
      '2026-03-30T11:00:00.001Z',
    );
  });
});
