import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** The status comes from the kind the domain declared for the error, never from its name. */
describe('domain refusals by kind', () => {
  it('answers 422 for a reply to an unknown information request on a complaint that exists', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(api, '/complaints', filing(), agent);
    const c = `/complaints/${filed.body.id as string}`;
    const reply = await post(api, `${c}/customer-reply`, { requestId: 'q-none', reply: 'Hi' }, agent);
    expect(reply).toMatchObject({ status: 422, body: { status: 422, code: 'InformationRequestNotFound' } });
    const result = { testId: 't-none', result: 'defect_confirmed', notes: 'cracked' };
    const test = await post(api, `${c}/product-test-result`, result, agent);
    expect(test).toMatchObject({ status: 422, body: { code: 'ProductTestNotFound' } });
  });

  it('answers 404 when the complaint itself is missing, 409 when it exists already', async () => {
    const agent = api.auth('agent', 'ana');
    const missing = await post(
      api,
      '/complaints/c-none/customer-reply',
      { requestId: 'q', reply: 'x' },
      agent,
    );
    expect(missing).toMatchObject({ status: 404, body: { status: 404, code: 'NotFound' } });
    const body = filing({ complaintId: 'c-twice' });
    expect((await post(api, '/complaints', body, agent)).status).toBe(201);
    expect(await post(api, '/complaints', body, agent)).toMatchObject({
      status: 409,
      body: { code: 'AlreadyExists' },
    });
  });

  it('answers 404 for a refund requested on a complaint that does not exist', async () => {
    const agent = api.auth('agent', 'ana');
    const refund = {
      complaintId: 'c-missing',
      kind: 'refund',
      paymentReference: 'pay-1',
      amount: { minor: 100, currency: 'GBP' },
      reason: 'duplicate',
    };
    const orphan = await post(api, '/refunds', refund, agent);
    expect(orphan).toMatchObject({ status: 404, body: { code: 'ComplaintNotFound' } });
  });

  it('refuses a caller whose token subject could not be recorded in the events, before writing', async () => {
    const email = api.auth('agent', 'ana@bank.example');
    const refused = await post(api, '/complaints', filing({ complaintId: 'c-sub' }), email);
    expect(refused).toMatchObject({ status: 400, body: { errors: [{ path: 'Authorization' }] } });
    const read = await api.request({
      method: 'GET',
      url: '/complaints/c-sub',
      headers: api.auth('agent', 'ana'),
    });
    expect(read.status).toBe(404);
  });
});
