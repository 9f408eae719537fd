import { interactionsReport } from '../../interactions/interactions.report';
import { openProjectionTestbed, type ProjectionTestbed } from '../../testing';
import { parseListParams, type ListParams, type ListRequest } from './list-params';
import { listAll, listPage, listRow, type ListRow } from './list-reader';

let bed: ProjectionTestbed;
const NOW = new Date('2024-03-01T12:00:00Z');

/**
 * Seven contacts straight into the table: starts at two instants (ties) and two nulls, so pages
 * cut through ties and reach the nulls, which come last.
 */
beforeAll(async () => {
  bed = await openProjectionTestbed();
  await bed.db.pool.query(
    `INSERT INTO interactions (interaction_id, customer_id, channel, direction, status, started_at, last_event_position)
     SELECT 'i-' || g, 'cust-1', 'phone', 'inbound', 'active',
       CASE WHEN g > 5 THEN NULL ELSE timestamptz '2024-03-01T09:00:00Z' + (g % 2) * interval '1 hour' END, g
     FROM generate_series(1, 7) g`,
  );
});
afterAll(() => bed.close());

const request = (params: ListParams): ListRequest => {
  const parsed = parseListParams(interactionsReport, params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.request;
};
const ids = (rows: readonly ListRow[]) => rows.map((r) => r.interactionId);
/** -startedAt, ties by key descending, nulls last. */
const EXPECTED = ['i-5', 'i-3', 'i-1', 'i-4', 'i-2', 'i-7', 'i-6'];

describe('reading a list', () => {
  it('pages by cursor: every row once, in order, ties and nulls included', async () => {
    const seen: unknown[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await listPage(
        bed.db.pool,
        interactionsReport,
        request({ limit: '3', ...(cursor ? { cursor } : {}) }),
        NOW,
      );
      seen.push(...ids(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(EXPECTED);
  });

  it('reads every row in pages, without the sort value it pages by', async () => {
    const pages: ListRow[][] = [];
    for await (const page of await listAll(bed.db.pool, interactionsReport, request({}), NOW, 2))
      pages.push([...page]);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat().map((r) => r.interactionId)).toEqual(EXPECTED);
    expect(Object.keys(pages[0]![0]!)).toEqual(Object.keys(interactionsReport.fields));
  });

  it('fails before the first page is handed over when the query fails', async () => {
    const broken = { ...interactionsReport, table: 'no_such_table' };
    await expect(listAll(bed.db.pool, broken, request({}), NOW)).rejects.toThrow(/no_such_table/);
  });

  it('reads one row by key, JSON-ready', async () => {
    expect(await listRow(bed.db.pool, interactionsReport, 'i-3', NOW)).toMatchObject({
      interactionId: 'i-3',
      startedAt: '2024-03-01T10:00:00.000Z',
      lastEventPosition: '3',
      talkSeconds: null,
    });
    expect(await listRow(bed.db.pool, interactionsReport, 'nope', NOW)).toBeUndefined();
  });
});
