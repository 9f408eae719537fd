import { eventually } from '@casebook/projections/testing';
import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

describe('read-model workers in the API process', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('project a filed complaint, and readiness shows every model caught up', async () => {
    const res = await post(api, '/complaints', filing(), api.auth('agent'));
    expect(res.status).toBe(201);
    const id = (res.body as { id: string }).id;
    await eventually(async () => {
      const rows = await api.db.pool.query('SELECT status FROM complaints WHERE complaint_id = $1', [id]);
      return rows.rows.length === 1;
    });
    let body: { status: string; projections: Array<{ name: string; eventsBehind: number }> } | undefined;
    await eventually(async () => {
      const ready = await api.request({ method: 'GET', url: '/health/ready' });
      body = ready.body as typeof body;
      return ready.status === 200 && body!.projections.every((p) => p.eventsBehind === 0);
    });
    expect(body!.projections.map((p) => p.name)).toContain('complaints');
    expect(body!.status).toBe('ok');
  });

  it('exposes the head and each model lag to Prometheus', async () => {
    const res = await fetch(`${await api.app.getUrl()}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    const { rows } = await api.db.pool.query<{ h: string }>('SELECT max(global_position) AS h FROM events');
    const head = Number(rows[0]!.h);
    expect(text).toContain('# TYPE casebook_projection_seconds_behind gauge');
    expect(text).toContain(`casebook_event_store_head_position ${head}`);
    for (const name of ['complaints', 'customer_360', 'refund_ledger', 'interactions', 'returns']) {
      expect(text).toMatch(new RegExp(`casebook_projection_events_behind\\{projection="${name}"\\} \\d+`));
    }
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
