import { startTestApi, type TestApi } from '../testing';
import { getReport, ids, walk } from './testing/report-fixtures';

let api: TestApi;
const ROWS = 2500;

/**
 * Rows written straight into the read model: crossing the CSV export's 1000-row pages needs
 * thousands of rows, too slow to make through commands. Start instants take three values (ties
 * across every page boundary) with microseconds (beyond what JSON shows, so a cursor that kept
 * only milliseconds would skip rows), and every tenth is null (nulls sort last).
 */
beforeAll(async () => {
  api = await startTestApi();
  await api.db.pool.query(
    `INSERT INTO interactions (interaction_id, customer_id, channel, direction, agent_id, status,
       started_at, talk_seconds, last_event_position)
     SELECT 'i-' || lpad(g::text, 5, '0'), 'cust-' || (g % 7), 'phone', 'inbound',
       CASE WHEN g % 500 = 0 THEN '=cmd|x' ELSE 'agent-' || (g % 3) END, 'ended',
       CASE WHEN g % 10 = 0 THEN NULL
         ELSE timestamptz '2024-01-01T00:00:00.000123Z' + (g % 3) * interval '1 hour' END,
       g % 60, g
     FROM generate_series(1, $1::int) g`,
    [ROWS],
  );
});
afterAll(() => api.close());

/** -startedAt, nulls last, ties by id descending: the default order. */
const expected = Array.from({ length: ROWS }, (_, i) => i + 1)
  .sort((a, b) => rank(a) - rank(b) || b - a)
  .map((g) => `i-${String(g).padStart(5, '0')}`);
function rank(g: number): number {
  return g % 10 === 0 ? 3 : 2 - (g % 3);
}

describe('exporting a large list', () => {
  it('streams every row once, in order, across 1000-row pages', async () => {
    const res = await getReport(api, '/reports/interactions?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="interactions.csv"');
    expect(res.headers['content-length']).toBeUndefined();
    const [header, ...rows] = (res.body as string).split('\r\n').slice(0, -1);
    expect(header!.startsWith('interactionId,customerId,channel,direction,agentId,')).toBe(true);
    expect(rows.map((r) => r.split(',')[0])).toEqual(expected);
    expect(rows.filter((r) => r.includes(",'=cmd|x,"))).toHaveLength(ROWS / 500);
    expect(rows[0]).toContain(',2024-01-01T02:00:00.000Z,');
  });

  it('pages JSON the same way, 500 at a time', async () => {
    const { items, pages } = await walk(api, '/reports/interactions?limit=500');
    expect(pages).toBe(5);
    expect(ids(items, 'interactionId')).toEqual(expected);
  });

  it('walks ascending too, with filters', async () => {
    const { items } = await walk(api, '/reports/interactions?sort=startedAt&agentId=agent-1&limit=97');
    const agent1 = expected.filter((id) => Number(id.slice(2)) % 3 === 1 && Number(id.slice(2)) % 500 !== 0);
    const asc = [...agent1].sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : 1));
    expect(ids(items, 'interactionId')).toEqual(asc);
  });
});

/** startedAt ascending, nulls still last. */
function rankOf(id: string): number {
  const g = Number(id.slice(2));
  return g % 10 === 0 ? 3 : g % 3;
}
