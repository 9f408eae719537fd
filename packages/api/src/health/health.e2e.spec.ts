import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

const until = async (probe: () => Promise<boolean>, ms = 10_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('read-model workers in the API process', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('project a filed complaint, and readiness shows every model caught up', async () => {
    const res = await post(api, '/complaints', filing(), api.auth('agent'));
    expect(res.status).toBe(201);
    const id = (res.body as { id: string }).id;
    await until(async () => {
      const rows = await api.db.pool.query('SELECT status FROM complaints WHERE complaint_id = $1', [id]);
      return rows.rows.length === 1;
    });
    let body: { status: string; projections: Array<{ name: string; eventsBehind: number }> } | undefined;
    await until(async () => {
      const ready = await api.request({ method: 'GET', url: '/health/ready' });
      body = ready.body as typeof body;
      return ready.status === 200 && body!.projections.every((p) => p.eventsBehind === 0);
    });
    expect(body!.projections.map((p) => p.name)).toContain('complaints');
    expect(body!.status).toBe('ok');
  });
});

describe('readiness with stale read models', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ projections: { run: false }, readyMaxLagSeconds: 0 })));
  afterAll(() => api.close());

  it('answers 503 naming the models that trail the log', async () => {
    expect((await post(api, '/complaints', filing(), api.auth('agent'))).status).toBe(201);
    await new Promise((r) => setTimeout(r, 20));
    const ready = await api.request({ method: 'GET', url: '/health/ready' });
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      type: expect.stringContaining('NotReady'),
      detail: expect.stringContaining('complaints'),
    });
  });
});
