import { officeHours, type Instant, type SlaSettings } from '@casebook/domain';
import { type StoredEvent } from '@casebook/event-store';
import { filing, post, type TestApi } from '../testing';
import { ProcessWorkers } from './process-workers';

/** England and Wales bank holidays of 2026 (gov.uk). */
export const UK_HOLIDAYS_2026 = [
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
];

/**
 * Payment-services complaints (category `payments`) under DISP 1.6.2A on the UK calendar of
 * 2026, escalated to a manager on breach; complaints outside a regime under a service desk's own
 * policy whose clock stops while the customer is asked for information or the case is on hold.
 */
export const SLA_SETTINGS: SlaSettings = {
  warnAt: 0.75,
  calendars: [
    {
      id: 'UK@2026',
      regime: 'FCA_DISP',
      effectiveFrom: '2026-01-01T00:00:00Z' as Instant,
      calendar: officeHours('Europe/London', UK_HOLIDAYS_2026),
    },
  ],
  policies: [
    {
      id: 'SERVICE_DESK@1',
      regime: 'NONE',
      name: 'Service desk (4 business hours, 2 business days)',
      targets: [
        { milestone: 'acknowledgement', within: { unit: 'business_hours', amount: 4 } },
        { milestone: 'first_response', within: { unit: 'business_days', amount: 2 } },
      ],
      pausedBy: ['awaiting_customer', 'on_hold'],
      calendar: officeHours('Europe/London'),
    },
  ],
  rules: [
    { regime: 'FCA_DISP', categories: ['payments'], policy: 'FCA_DISP_PSD@1', escalationLevel: 3 },
    { regime: 'NONE', policy: 'SERVICE_DESK@1', escalationLevel: 1 },
  ],
};

/** A clock the test moves. */
export const testClock = (start: string) => {
  let now = new Date(start);
  return { clock: () => now, set: (iso: string) => (now = new Date(iso)) };
};

/**
 * Lets a process (the SLA process unless named) read everything written so far, fires what is
 * due now, and repeats until nothing moves (a breach schedules its escalation, due at once).
 */
export async function settle(api: TestApi, process = 'sla'): Promise<void> {
  const timers = api.app.get(ProcessWorkers).timers!;
  for (let round = 0; round < 10; round++) {
    const head = await committedHead(api);
    const deadline = Date.now() + 10_000;
    while ((await checkpoint(api, process)) < head) {
      if (Date.now() > deadline) throw new Error(`the ${process} process did not catch up within 10 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
    let fired = 0;
    for (let n = await timers.fireDue(); n > 0; n = await timers.fireDue()) fired += n;
    // The app's own worker may hold timers it claimed (it fires as it starts and when woken).
    await inFlight(api);
    if (fired === 0 && (await committedHead(api)) === head) return noRetries(api);
  }
}

/**
 * The last position committed, not the store's readable head: on PostgreSQL a position becomes
 * readable only once every older transaction has ended, so under load the readable head can stand
 * just behind an append this test made a moment ago, and a round would look like nothing moved
 * (a breach recorded, its escalation never scheduled). Processes read up to the readable head, so
 * waiting for their checkpoint to reach this waits for it to catch up. EventStoreDB's head is exact.
 */
async function committedHead(api: TestApi): Promise<bigint> {
  const readable = await api.store.headPosition();
  if (api.db.kind !== 'postgres') return readable;
  const { rows } = await api.db.pool.query<{ top: string | null }>(
    'SELECT max(global_position) AS top FROM events',
  );
  const top = BigInt(rows[0]?.top ?? 0);
  return top > readable ? top : readable;
}

/**
 * No test here expects a firing to fail, be put back (its backoff counts from the test clock,
 * which stands still, so it would never fall due) or be given up: say which did, rather than miss
 * a fact later.
 */
async function noRetries(api: TestApi): Promise<void> {
  const { rows } = await api.db.pool.query<{ key: string; status: string; last_error: string | null }>(
    `SELECT key, status, last_error FROM process_timers
      WHERE (status = 'pending' AND attempts > 0) OR status = 'failed'`,
  );
  if (rows.length > 0) throw new Error(`timers failed or wait to be retried: ${JSON.stringify(rows)}`);
}

/** Waits until no worker holds a claimed timer it has not completed. */
async function inFlight(api: TestApi): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { rows } = await api.db.pool.query<{ count: string }>(
      `SELECT count(*) FROM process_timers WHERE status = 'pending' AND claimed_by IS NOT NULL`,
    );
    if (Number(rows[0]?.count) === 0) return;
    if (Date.now() > deadline) throw new Error('a timer stayed claimed for 10 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const checkpoint = async (api: TestApi, process: string): Promise<bigint> => {
  const { rows } = await api.db.pool.query<{ position: string }>(
    `SELECT position FROM process_checkpoints WHERE name = $1`,
    [process],
  );
  return BigInt(rows[0]?.position ?? -1);
};

export const AGENT = ['agent'] as const;

/** Files a complaint as an agent; its id. */
export async function file(api: TestApi, overrides: Record<string, unknown>): Promise<string> {
  const res = await post(api, '/complaints', filing(overrides), api.auth('agent', 'agent-1'));
  if (res.status !== 201) throw new Error(`filing answered ${res.status}: ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

/** Runs a complaint action as an agent and insists it worked. */
export async function act(api: TestApi, id: string, action: string, body: unknown = {}): Promise<void> {
  const res = await post(api, `/complaints/${id}/${action}`, body, api.auth('agent', 'agent-1'));
  if (res.status !== 200) throw new Error(`${action} answered ${res.status}: ${JSON.stringify(res.body)}`);
}

/** Stored events of a stream of `type`. */
export async function eventsOf(api: TestApi, streamId: string, type?: string): Promise<StoredEvent[]> {
  const { events } = await api.store.readStream(streamId);
  return events.filter((e) => type === undefined || e.type === type);
}

export interface TimerRow {
  key: string;
  kind: string;
  status: string;
  due_at: Date;
  attempts: number;
  /** Why a firing recorded nothing or moved the timer (`nothing to judge: ...`, `the deadline moved`). */
  note: string | null;
  last_error: string | null;
  claimed_by: string | null;
}

/** The SLA timers of one complaint, by key suffix (`final_response:breach`). */
export async function timersOf(api: TestApi, complaintId: string): Promise<Record<string, TimerRow>> {
  const { rows } = await api.db.pool.query<TimerRow>(
    `SELECT key, kind, status, due_at, attempts, note, last_error, claimed_by FROM process_timers
      WHERE key LIKE $1`,
    [`sla:${complaintId}:%`],
  );
  return Object.fromEntries(rows.map((r) => [r.key.slice(`sla:${complaintId}:`.length), r]));
}
