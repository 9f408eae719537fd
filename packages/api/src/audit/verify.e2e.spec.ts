import { createEventStore, type EventStore } from '@casebook/event-store';
import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '../testing';

let api: TestApi;
let store: EventStore;
beforeAll(async () => {
  api = await startTestApi();
  store = createEventStore(api.db.pool, api.db.kind);
}, 120_000);
afterAll(async () => {
  await store.close();
  await api.close();
});

const metadata = {
  actor: { kind: 'agent' as const, id: 'a-1' },
  correlationId: 'c',
  causationId: 'c',
  occurredAt: 'x',
};
async function aStream(): Promise<string> {
  const id = `audit-test-${randomUUID()}`;
  const events = [0, 1, 2].map((i) => ({ eventId: randomUUID(), type: 'Noted', data: { i }, metadata }));
  await store.appendToStream(id, events);
  return id;
}
const verify = (streamId: string, role: Parameters<TestApi['auth']>[0] = 'auditor') =>
  api.request({
    method: 'GET',
    url: `/audit/streams/${encodeURIComponent(streamId)}/verify`,
    headers: api.auth(role),
  });

describe('GET /audit/streams/{streamId}/verify', () => {
  it('answers ok for an untouched stream, for auditors, supervisors and admins', async () => {
    const id = await aStream();
    for (const role of ['auditor', 'supervisor', 'admin'] as const) {
      const res = await verify(id, role);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ streamId: id, events: 3, ok: true });
    }
  });

  it('names the first broken link after a row was edited with SQL', async () => {
    const id = await aStream();
    await api.db.pool.query(
      `UPDATE events SET data = '{"i": 7}' WHERE stream_id = $1 AND stream_position = 1`,
      [id],
    );
    const res = await verify(id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      streamId: id,
      events: 3,
      ok: false,
      brokenAt: { position: 1, kind: 'content' },
    });
    expect(res.body.brokenAt.storedHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers problems: unknown stream, over-long id, wrong role, no token', async () => {
    const missing = await verify('no-such-stream');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ code: 'StreamNotFound' });
    expect((await verify('x'.repeat(201))).body).toMatchObject({ status: 400, code: 'InvalidInput' });
    expect((await verify('é'.repeat(200))).body).toMatchObject({ status: 404, code: 'StreamNotFound' });
    expect((await verify(await aStream(), 'agent')).status).toBe(403);
    expect((await api.request({ method: 'GET', url: '/audit/streams/x/verify' })).status).toBe(401);
  });

  it('is in the API document', async () => {
    const doc = await api.request({ method: 'GET', url: '/openapi.json' });
    expect(doc.body.paths['/audit/streams/{streamId}/verify'].get.operationId).toBe('verify-stream');
  });
});
