import type { ProjectionStatus, VerifyResult } from '../index';
import { driftLine, statusJson, statusTable, verifyJson, verifyReport } from './report';

const status = (over: Partial<ProjectionStatus>): ProjectionStatus => ({
  name: 'complaints',
  checkpoint: 1_200n,
  head: 1_250n,
  eventsBehind: 50,
  secondsBehind: 0.42,
  owner: 'host:12:ab12cd',
  ownerActive: true,
  updatedAt: '2026-11-23T10:00:00.000Z',
  heldBy: null,
  ...over,
});

describe('status output', () => {
  it('lays out one padded row per projection, owner and whether it holds the lock', () => {
    const text = statusTable([
      status({}),
      status({
        name: 'customer_360',
        checkpoint: 0n,
        eventsBehind: 1250,
        secondsBehind: 73.6,
        owner: null,
        ownerActive: false,
        updatedAt: null,
      }),
      status({ name: 'refund_ledger', ownerActive: false, heldBy: 'host:99:ffffff' }),
    ]);
    expect(text.split('\n')).toEqual([
      'PROJECTION     CHECKPOINT  HEAD   BEHIND  LAG S  OWNER                    HELD BY         UPDATED',
      'complaints     1,200       1,250  50      0.4    host:12:ab12cd (active)  -               2026-11-23T10:00:00.000Z',
      'customer_360   0           1,250  1,250   74     -                        -               -',
      'refund_ledger  1,200       1,250  50      0.4    host:12:ab12cd (gone)    host:99:ffffff  2026-11-23T10:00:00.000Z',
    ]);
  });

  it('prints JSON with positions as numbers', () => {
    expect(JSON.parse(statusJson([status({})]))).toEqual([
      {
        name: 'complaints',
        checkpoint: 1200,
        head: 1250,
        eventsBehind: 50,
        secondsBehind: 0.42,
        owner: 'host:12:ab12cd',
        ownerActive: true,
        updatedAt: '2026-11-23T10:00:00.000Z',
        heldBy: null,
      },
    ]);
  });
});

describe('verify output', () => {
  const drifted: VerifyResult = {
    position: 5_000n,
    rowsChecked: 1_204,
    driftCount: 25,
    drifts: [
      {
        key: 'c-1',
        kind: 'different',
        columns: ['status', 'refund_count'],
        live: { status: 'closed', refund_count: 2 },
        expected: { status: 'open', refund_count: 1 },
      },
      {
        key: 'c-2',
        kind: 'missing',
        columns: ['complaint_id'],
        live: null,
        expected: { complaint_id: 'c-2' },
      },
      {
        key: 'ghost',
        kind: 'extra',
        columns: ['complaint_id'],
        live: { complaint_id: 'ghost' },
        expected: null,
      },
      ...Array.from({ length: 22 }, (_, i) => ({
        key: `d-${i}`,
        kind: 'different' as const,
        columns: ['team'],
        live: { team: 'a' },
        expected: { team: null },
      })),
    ],
  };

  it('says clean, with the rows and the position compared', () => {
    expect(
      verifyReport('complaints', { position: 5_000n, rowsChecked: 1_204, driftCount: 0, drifts: [] }),
    ).toBe('complaints: clean, 1,204 rows match a fresh fold of the log at position 5,000');
  });

  it('counts every drift and lists the first 20: live -> expected per column', () => {
    const lines = verifyReport('complaints', drifted).split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.slice(0, 4)).toEqual([
      'complaints: 25 of 1,204 rows differ from a fresh fold of the log at position 5,000 (first 20 shown)',
      '  different c-1  status: "closed" -> "open"; refund_count: 2 -> 1',
      '  missing   c-2  (no row in the live model; the log makes one)',
      '  extra     ghost  (the live model has a row the log does not make)',
    ]);
    expect(driftLine(drifted.drifts[3]!)).toBe('  different d-0  team: "a" -> null');
  });

  it('prints JSON with the count and at most 20 drifts', () => {
    const json = JSON.parse(verifyJson('complaints', drifted));
    expect(json).toMatchObject({ name: 'complaints', position: 5000, rowsChecked: 1204, driftCount: 25 });
    expect(json.drifts).toHaveLength(20);
    expect(json.drifts[0]).toEqual(drifted.drifts[0]);
  });
});
