import { InMemoryEventStore } from '@casebook/event-store';
import { complaintFiled, toAppend } from '../testing';
import { parseArgs } from './args';
import { auditClocks } from './audit-clocks';

// Filed 2024-03-01T09:00Z under FCA DISP: final response due 2024-04-26T09:00Z; answered late.
const store = new InMemoryEventStore();
let out: string[];
let err: string[];
const ctx = {
  store,
  out: { write: (t: string) => void out.push(t), isTTY: false },
  err: { write: (t: string) => void err.push(t), isTTY: false },
  now: () => Date.parse('2024-05-01T00:00:00Z'),
};

beforeAll(async () => {
  const finalResponse = toAppend('FinalResponseSent', {
    complaintId: 'c-1',
    outcome: 'rejected',
    referralRightsStated: true,
    message: 'No',
    sentAt: '2024-04-30T10:00:00Z',
  });
  await store.appendToStream('complaint-c-1', [complaintFiled('c-1', 'u-1'), finalResponse]);
});
beforeEach(() => {
  out = [];
  err = [];
});

describe('casebook audit clocks', () => {
  it('parses one complaint id and --json, and refuses anything else', () => {
    expect(parseArgs(['audit', 'clocks', 'c-1', '--json'], [])).toEqual({
      ok: true,
      command: { kind: 'audit-clocks', complaintId: 'c-1', json: true },
    });
    expect(parseArgs(['audit', 'clocks'], [])).toEqual({
      ok: false,
      error: 'audit clocks takes one complaint id',
    });
    expect(parseArgs(['audit', 'clocks', 'c-1', '--csv'], [])).toEqual({
      ok: false,
      error: 'unknown option --csv',
    });
  });

  it('prints what judged the clocks and one aligned row per deadline', async () => {
    expect(await auditClocks(ctx, { kind: 'audit-clocks', complaintId: 'c-1', json: false })).toBe(0);
    const lines = out.join('').split('\n');
    expect(lines[0]).toBe(
      'complaint c-1, regime FCA_DISP, filed 2024-03-01T09:00:00Z, judged at 2024-05-01T00:00:00.000Z',
    );
    expect(lines[1]).toBe('policy FCA_DISP@1 (FCA DISP (8 weeks)), calendar Europe/London with 0 holidays');
    expect(lines.slice(3, 6)).toEqual([
      'milestone           target                      due                       met                                       status',
      'summary_resolution  3 business days             2024-03-06T17:00:00.000Z  -                                         lapsed (option)',
      'final_response      56 calendar days (8 weeks)  2024-04-26T09:00:00.000Z  2024-04-30T10:00:00Z (FinalResponseSent)  breached',
    ]);
  });

  it('prints JSON for tools, and exits 1 for an unknown complaint', async () => {
    await auditClocks(ctx, { kind: 'audit-clocks', complaintId: 'c-1', json: true });
    expect(JSON.parse(out.join(''))).toMatchObject({
      policy: { version: 'FCA_DISP@1' },
      clocks: [{}, { status: 'breached' }],
    });
    expect(await auditClocks(ctx, { kind: 'audit-clocks', complaintId: 'c-9', json: false })).toBe(1);
    expect(err.join('')).toBe('casebook: no complaint c-9\n');
  });
});
