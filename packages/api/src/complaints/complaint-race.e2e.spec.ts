import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('ten parallel commands on one complaint', () => {
  it('all land: contiguous versions, no lost command', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(api, '/complaints', filing(), agent);
    const url = `/complaints/${filed.body.id as string}`;
    const notify = (i: number) =>
      post(
        api,
        `${url}/notify-customer`,
        { notificationId: `n-${i}`, kind: 'progress', message: `update ${i}` },
        agent,
      );
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => notify(i)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.map((a) => a.body.version as number).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const rows = await api.db.pool.query<{ p: string; n: string }>(
      `SELECT stream_position AS p, data->>'notificationId' AS n FROM events WHERE stream_id = $1 ORDER BY stream_position`,
      [`complaint-${filed.body.id as string}`],
    );
    expect(rows.rows.map((r) => Number(r.p))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(rows.rows.slice(1).map((r) => r.n)).size).toBe(10);
  });

  it('with If-Match, exactly one of the racers wins and the others get 412', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(api, '/complaints', filing(), agent);
    const url = `/complaints/${filed.body.id as string}`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        post(
          api,
          `${url}/notify-customer`,
          { notificationId: `m-${i}`, kind: 'progress', message: 'x' },
          { ...agent, 'if-match': 'W/"0"' },
        ),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 412)).toHaveLength(4);
  });
});
