import { startTestApi, type TestApi } from '../testing';

describe('a casebook with no payment provider', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  }, 60_000);
  afterAll(() => api.close());

  it('answers a payment callback 404 (no such route here) and records nothing', async () => {
    const before = await api.store.headPosition();
    const res = await api.request({
      method: 'POST',
      url: '/payments/callbacks',
      headers: { 'content-type': 'application/json', 'casebook-signature': 't=1,v1=00' },
      body: { id: 'evt_1', type: 'refund.settled', refundId: 'r-1' },
    });
    expect(res).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(res.body.detail).toMatch(/PAYMENTS_CALLBACK_SECRET unset/);
    expect(await api.store.headPosition()).toBe(before);
  });
});
