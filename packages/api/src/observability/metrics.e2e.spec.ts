import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';
import { MetricsServer } from './metrics-server';

/** One sample's value from a Prometheus text exposition; 0 when the series is not there yet. */
const sample = (text: string, series: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
};

describe('/metrics on the API port', () => {
  let api: TestApi;
  let scrape: () => Promise<string>;
  beforeAll(async () => {
    api = await startTestApi();
    const base = await api.app.getUrl();
    scrape = async () => {
      const res = await fetch(`${base}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
      return res.text();
    };
  });
  afterAll(() => api.close());

  it('counts commands by type and outcome, and the events each run appended', async () => {
    const agent = api.auth('agent', 'ana');
    const ok = 'casebook_commands_total{type="FileComplaint",outcome="ok"}';
    const invalid = 'casebook_commands_total{type="FileComplaint",outcome="invalid"}';
    const notFound = 'casebook_commands_total{type="AssignComplaint",outcome="not_found"}';
    const batches = 'casebook_append_batch_events_count';
    const before = await scrape();
    expect((await post(api, '/complaints', filing(), agent)).status).toBe(201);
    expect((await post(api, '/complaints', filing(), agent)).status).toBe(201);
    expect((await post(api, '/complaints', filing({ priority: 7 }), agent)).status).toBe(400);
    expect((await post(api, '/complaints/none/assign', { ownerId: 'a', team: 't' }, agent)).status).toBe(404);
    const after = await scrape();
    expect(sample(after, ok) - sample(before, ok)).toBe(2);
    expect(sample(after, invalid) - sample(before, invalid)).toBe(1);
    expect(sample(after, notFound) - sample(before, notFound)).toBe(1);
    expect(sample(after, batches) - sample(before, batches)).toBe(2);
    expect(sample(after, 'casebook_append_batch_events_sum')).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'casebook_command_attempts_bucket{le="1"}')).toBeGreaterThanOrEqual(3);
    expect(after).toContain('# TYPE casebook_command_conflicts_total counter');
  });

  it('counts idempotent replays', async () => {
    const headers = { ...api.auth('agent', 'ana'), 'idempotency-key': 'metrics-1' };
    const body = filing({ complaintId: 'metrics-replay' });
    const before = sample(await scrape(), 'casebook_idempotent_replays_total');
    expect((await post(api, '/complaints', body, headers)).status).toBe(201);
    const again = await post(api, '/complaints', body, headers);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(sample(await scrape(), 'casebook_idempotent_replays_total') - before).toBe(1);
  });

  it('times requests by route pattern and status, never by the filled-in path', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(api, '/complaints', filing({ complaintId: 'metrics-route-42' }), agent);
    const id = filed.body.id as string;
    const series =
      'casebook_http_request_duration_seconds_count{method="GET",route="/complaints/:id",status="200"}';
    const before = sample(await scrape(), series);
    for (let i = 0; i < 3; i++) {
      expect((await api.request({ method: 'GET', url: `/complaints/${id}`, headers: agent })).status).toBe(
        200,
      );
    }
    await api.request({ method: 'GET', url: '/no/such/route' });
    const text = await scrape();
    expect(sample(text, series) - before).toBe(3);
    expect(text).not.toContain(id);
    expect(text).toMatch(
      /casebook_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="unmatched",status="404"\}/,
    );
    expect(text).not.toContain('/no/such/route');
  });

  it('shows the process metrics and each read model lag', async () => {
    const text = await scrape();
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(text).toMatch(/^casebook_projection_seconds_behind\{projection="complaints"\} \d+/m);
    expect(sample(text, 'casebook_event_store_head_position')).toBeGreaterThan(0);
  });
});

describe('/metrics on a port of its own', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ metrics: { port: 0, host: '127.0.0.1' } })));
  afterAll(() => api.close());

  it('serves the metrics there, and the API port answers 404 problem+json', async () => {
    expect((await post(api, '/complaints', filing(), api.auth('agent', 'ana'))).status).toBe(201);
    const metricsUrl = api.app.get(MetricsServer).url;
    const res = await fetch(`${metricsUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(sample(await res.text(), 'casebook_commands_total{type="FileComplaint",outcome="ok"}')).toBe(1);
    const main = await api.request({ method: 'GET', url: '/metrics' });
    expect(main.status).toBe(404);
    expect(main.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(main.body).toMatchObject({ status: 404, code: 'NotFound' });
    const other = await fetch(`${metricsUrl}/complaints`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    expect(await other.json()).toMatchObject({ status: 404, code: 'NotFound', title: 'Not Found' });
  });
});
