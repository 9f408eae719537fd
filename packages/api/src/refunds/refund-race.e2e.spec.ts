import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Cross-stream rules hold when requests race: the runner reads every stream before any context. */
describe('racing requests against rules that read another stream', () => {
  it('lets no set of parallel refunds exceed the amount paid', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(
      api,
      '/complaints',
      filing({ amountPaid: { minor: 5000, currency: 'GBP' } }),
      agent,
    );
    const request = () =>
      post(
        api,
        '/refunds',
        {
          complaintId: filed.body.id,
          kind: 'refund',
          paymentReference: 'pay-1',
          amount: { minor: 1500, currency: 'GBP' },
          reason: 'duplicate',
        },
        agent,
      );
    const answers = await Promise.all(Array.from({ length: 6 }, request));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.map((a) => a.body.code as string)).toEqual(Array(3).fill('RefundExceedsPaidAmount'));
  });

  it('opens at most one escalation per complaint', async () => {
    const agent = api.auth('agent', 'ana');
    const filed = await post(api, '/complaints', filing(), agent);
    const raise = () =>
      post(
        api,
        `/complaints/${filed.body.id as string}/escalations`,
        { level: 2, trigger: 'manual', reason: 'stuck' },
        agent,
      );
    const answers = await Promise.all(Array.from({ length: 6 }, raise));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 201).map((a) => a.body.code as string)).toEqual(
      Array(5).fill('EscalationAlreadyOpen'),
    );
  });
});
