import type { EventToAppend } from '@casebook/event-store';
import { projections } from '../index';
import {
  complaintFiled,
  customerRegistered,
  interactionStarted,
  openProjectionTestbed,
  refundRequested,
  toAppend,
  type ProjectionTestbed,
} from '../testing';
import { parseArgs } from './args';
import type { AuditCommand } from './audit-args';
import { execute } from './commands';
import type { CliContext } from './context';

let bed: ProjectionTestbed;
let out: string[];
let err: string[];

const context = (): CliContext => ({
  pool: bed.db.pool,
  store: bed.store,
  projections,
  out: { write: (t) => void out.push(t), isTTY: false },
  err: { write: (t) => void err.push(t), isTTY: false },
  signal: new AbortController().signal,
});

/** Runs `casebook <line>` as the CLI parses it; resolves to the exit code. */
async function casebook(line: string): Promise<number> {
  out = [];
  err = [];
  const parsed = parseArgs(line.split(' '), []);
  if (!parsed.ok) throw new Error(parsed.error);
  return execute(context(), parsed.command as AuditCommand);
}

/** The event as a service acting for an agent sent it, on a channel, at `occurredAt`. */
const stamped = (e: EventToAppend, occurredAt: string): EventToAppend => ({
  ...e,
  metadata: {
    ...e.metadata,
    occurredAt,
    channel: 'phone',
    actor: { kind: 'service', id: 'crm', onBehalfOf: { kind: 'agent', id: 'ana' } },
  },
});

// The acknowledgement is recorded last but happened at 09:30, before the refund and the call.
beforeAll(async () => {
  bed = await openProjectionTestbed();
  const s = bed.store;
  await s.appendToStream('customer-cu-1', [customerRegistered('cu-1')]);
  await s.appendToStream('complaint-c-1', [
    stamped(complaintFiled('c-1', 'cu-1'), '2024-03-01T09:00:00.000Z'),
  ]);
  await s.appendToStream('complaint-c-2', [complaintFiled('c-2', 'cu-1')]);
  const refund = refundRequested('r-1', 'c-1', 'cu-1', { description: '=HYPERLINK("x")' });
  await s.appendToStream('refund-r-1', [stamped(refund, '2024-03-02T09:00:00.000Z')]);
  const link = {
    complaintId: 'c-1',
    refundId: 'r-1',
    amount: { minor: 1500, currency: 'GBP' },
    reason: 'goodwill',
  };
  await s.appendToStream('complaint-c-1', [
    stamped(toAppend('RefundLinked', link), '2024-03-02T09:00:00.000Z'),
  ]);
  await s.appendToStream('interaction-i-1', [interactionStarted('i-1', 'cu-1', { complaintId: 'c-1' })]);
  await s.appendToStream('interaction-i-2', [interactionStarted('i-2', 'cu-1', { complaintId: 'c-2' })]);
  const ack = toAppend('ComplaintAcknowledged', {
    complaintId: 'c-1',
    acknowledgedAt: '2024-03-01T09:30:00Z',
  });
  const last = await s.appendToStream('complaint-c-1', [stamped(ack, '2024-03-01T09:30:00.000Z')]);
  // The history reads up to the readable head. On a server shared with other test files, a
  // transaction still open elsewhere holds the head back for a moment: wait until ours is readable.
  for (const until = Date.now() + 10_000; (await s.headPosition()) < last.lastGlobalPosition;) {
    if (Date.now() > until) throw new Error('the last append never became readable');
    await new Promise((r) => setTimeout(r, 20));
  }
});
afterAll(() => bed.close());

describe('casebook audit history', () => {
  const types = [
    'ComplaintFiled',
    'RefundRequested',
    'RefundLinked',
    'InteractionStarted',
    'ComplaintAcknowledged',
  ];

  it('prints a readable timeline: recorded time, stream, type, actor, channel, summary', async () => {
    expect(await casebook('audit history c-1')).toBe(0);
    const [header, ...lines] = out.join('').trimEnd().split('\n');
    expect(header).toMatch(/^RECORDED +STREAM +TYPE +ACTOR +CHANNEL +SUMMARY$/);
    expect(lines.map((l) => l.split(/ +/)[2])).toEqual(types);
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z +complaint-c-1@0 +ComplaintFiled +service:crm for agent:ana +phone +\(occurred 2024-03-01T09:00:00.000Z\) .*channel=phone/,
    );
    expect(lines[3]).toMatch(/interaction-i-1@0 +InteractionStarted +agent:agent-7 +- +\(occurred/);
  });

  it('--format json: every entry whole, the streams it came from', async () => {
    expect(await casebook('audit history c-1 --format json')).toBe(0);
    const doc = JSON.parse(out.join('')) as { streams: string[]; items: Record<string, unknown>[] };
    expect(doc.streams).toEqual(['complaint-c-1', 'refund-r-1', 'interaction-i-1']);
    expect(doc.items.map((i) => i.type)).toEqual(types);
    expect(doc.items[4]).toMatchObject({
      streamId: 'complaint-c-1',
      streamPosition: 2,
      occurredAt: '2024-03-01T09:30:00.000Z',
      actor: { kind: 'service', id: 'crm', onBehalfOf: { kind: 'agent', id: 'ana' } },
      channel: 'phone',
      correlationId: 'corr-1',
      causationId: 'cause-1',
      data: { complaintId: 'c-1', acknowledgedAt: '2024-03-01T09:30:00Z' },
    });
  });

  it('--format csv: a header and one RFC 4180 row per event, formulas defused', async () => {
    expect(await casebook('audit history c-1 --format csv')).toBe(0);
    const rows = out.join('').split('\r\n');
    expect(rows[0]).toBe(
      'globalPosition,recordedAt,occurredAt,streamId,streamPosition,type,schemaVersion,actorKind,actorId,onBehalfOf,channel,correlationId,causationId,eventId,data',
    );
    expect(rows).toHaveLength(types.length + 2); // and the last line's end
    expect(rows[2]).toContain(',refund-r-1,0,RefundRequested,');
    expect(rows[2]).toContain('""description"":""=HYPERLINK(\\""x\\"")""');
  });

  it('an unknown complaint: a message and exit 1', async () => {
    expect(await casebook('audit history c-404')).toBe(1);
    expect(err.join('')).toBe('casebook: no complaint c-404\n');
  });
});

describe('casebook audit state', () => {
  it('--timeline occurred: the backdated acknowledgement counts from 09:30', async () => {
    expect(await casebook('audit state c-1 --as-of 2024-03-01T10:00:00Z --timeline occurred')).toBe(0);
    const answer = JSON.parse(out.join('')) as Record<string, unknown>;
    expect(answer).toMatchObject({
      id: 'c-1',
      version: 2,
      timeline: 'occurred',
      asOf: '2024-03-01T10:00:00.000Z',
    });
    expect(answer.state).toMatchObject({
      status: 'open',
      acknowledgedAt: '2024-03-01T09:30:00Z',
      refunds: [],
    });
  });

  it('recorded (the default): everything recorded by now', async () => {
    expect(await casebook(`audit state c-1 --as-of ${new Date().toISOString()}`)).toBe(0);
    const answer = JSON.parse(out.join('')) as {
      version: number;
      timeline: string;
      state: { refunds: unknown[] };
    };
    expect(answer).toMatchObject({ version: 2, timeline: 'recorded' });
    expect(answer.state.refunds).toHaveLength(1);
  });

  it('before anything: a message and exit 1', async () => {
    expect(await casebook('audit state c-1 --as-of 2024-03-01T08:00:00Z --timeline occurred')).toBe(1);
    expect(err.join('')).toContain('nothing of complaint c-1 had happened by 2024-03-01T08:00:00.000Z');
  });
});
