import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';
import {
  authorisation,
  complaintFor,
  inspection,
  receipt,
  receivedReturn,
  returnRequest,
} from './return.fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ projections: { run: false } });
});
afterAll(() => api.close());

const get = (url: string) => api.request({ method: 'GET', url, headers: api.auth('agent', 'ana') });

describe('a return through HTTP', () => {
  it('goes from request to a refund issued after inspection, and then lets its complaint close', async () => {
    const agent = api.auth('agent', 'ana');
    const warehouse = api.auth('warehouse', 'wes');
    const complaintId = await complaintFor(api);
    const created = await post(api, '/returns', returnRequest({ complaintId }), agent);
    expect(created).toMatchObject({ status: 201, headers: { location: `/returns/${created.body.id}` } });
    const url = `/returns/${created.body.id as string}`;
    const complaint = await get(`/complaints/${complaintId}`);
    expect(complaint.body.state.returnIds).toEqual([created.body.id]);

    expect((await post(api, `${url}/authorise`, authorisation(), agent)).status).toBe(200);
    expect((await post(api, `${url}/ship`, { carrier: 'DPD', trackingNumber: 'T-1' }, agent)).status).toBe(
      200,
    );
    expect((await post(api, `${url}/receive`, receipt, warehouse)).status).toBe(200);
    const inspected = inspection('defective_confirmed', 'defective_confirmed');
    expect((await post(api, `${url}/inspect`, inspected, warehouse)).status).toBe(200);
    const disposed = {
      lines: [
        { sku: 'KET-1', disposition: 'send_to_vendor' },
        { sku: 'TOA-1', disposition: 'scrap' },
      ],
    };
    expect((await post(api, `${url}/dispose`, disposed, warehouse)).status).toBe(200);

    const refund = {
      refundId: `rf-${created.body.id as string}`,
      amount: { minor: 10_500, currency: 'GBP' },
      paymentReference: 'pay-1',
    };
    const resolved = await post(api, `${url}/resolve`, { resolution: 'refund', refund }, agent);
    expect(resolved.status).toBe(200);
    expect((await get(url)).body.state).toMatchObject({ status: 'closed', resolution: 'refund' });

    // The refund went through the Refund aggregate, linked on the complaint, in the same append.
    const r = `/refunds/${refund.refundId}`;
    expect((await get(r)).body.state).toMatchObject({
      status: 'requested',
      complaintId,
      amount: refund.amount,
    });
    expect((await get(`/complaints/${complaintId}`)).body.state.refunds).toEqual([
      { refundId: refund.refundId, amount: refund.amount, reason: 'defective_product' },
    ]);
    expect((await post(api, `${r}/approve`, {}, api.auth('supervisor', 'sam'))).status).toBe(200);
    expect((await post(api, `${r}/issue`, { providerReference: 'psp-1' }, agent)).status).toBe(200);
    expect((await get(r)).body.state.status).toBe('issued');

    // The return is closed; once the refund settles nothing holds the complaint open.
    const c = `/complaints/${complaintId}`;
    await post(api, `${r}/settle`, {}, agent);
    await post(
      api,
      `${c}/final-response`,
      { outcome: 'upheld', referralRightsStated: true, message: 'Sorry' },
      agent,
    );
    await post(api, `${c}/root-cause`, { category: 'product', description: 'faulty batch' }, agent);
    await post(api, `${c}/resolve`, { resolution: 'refunded' }, agent);
    expect((await post(api, `${c}/close`, {}, agent)).status).toBe(200);
  });

  it('finds customer damage: only a supervisor resolves it, to nothing or a partial refund', async () => {
    const { url } = await receivedReturn(api);
    const warehouse = api.auth('warehouse', 'wes');
    await post(api, `${url}/inspect`, inspection('customer_damage', 'defective_confirmed'), warehouse);

    const byAgent = await post(api, `${url}/resolve`, { resolution: 'none' }, api.auth('agent', 'ana'));
    expect(byAgent).toMatchObject({ status: 422, body: { code: 'SupervisorApprovalRequired' } });
    const boss = api.auth('supervisor', 'sam');
    const exchange = await post(
      api,
      `${url}/resolve`,
      { resolution: 'exchange', exchangeOrderReference: 'ord-2' },
      boss,
    );
    expect(exchange).toMatchObject({ status: 422, body: { code: 'CustomerDamageResolution' } });
    const whole = {
      refundId: 'rf-whole',
      amount: { minor: 10_500, currency: 'GBP' },
      paymentReference: 'pay-1',
    };
    const tooMuch = await post(api, `${url}/resolve`, { resolution: 'refund', refund: whole }, boss);
    expect(tooMuch).toMatchObject({ status: 422, body: { code: 'RefundExceedsReturnValue' } });
    expect((await get('/refunds/rf-whole')).status).toBe(404);

    const partial = {
      ...whole,
      refundId: `rf-part-${url.split('/')[2]!}`,
      amount: { minor: 2500, currency: 'GBP' },
    };
    expect((await post(api, `${url}/resolve`, { resolution: 'refund', refund: partial }, boss)).status).toBe(
      200,
    );
    expect((await get(url)).body.state).toMatchObject({ status: 'resolved', resolution: 'refund' });
    expect((await get(`/refunds/${partial.refundId}`)).body.state.status).toBe('requested');
  });

  it('keeps the complaint open while its return is open', async () => {
    const { url, complaintId } = await receivedReturn(api);
    const agent = api.auth('agent', 'ana');
    const c = `/complaints/${complaintId}`;
    await post(
      api,
      `${c}/final-response`,
      { outcome: 'upheld', referralRightsStated: true, message: 'Sorry' },
      agent,
    );
    await post(api, `${c}/root-cause`, { category: 'billing', description: 'faulty batch' }, agent);
    await post(api, `${c}/resolve`, { resolution: 'replaced' }, agent);
    const blocked = await post(api, `${c}/close`, {}, agent);
    expect(blocked).toMatchObject({
      status: 422,
      body: { code: 'ReturnOpen', details: { returns: [url.split('/')[2]] } },
    });
    expect((await post(api, `${url}/cancel`, {}, agent)).body).toMatchObject({ code: 'InvalidTransition' });
  });

  it('refuses a refund the Refund aggregate refuses: over the amount the complaint paid', async () => {
    const agent = api.auth('agent', 'ana');
    const complaint = await post(
      api,
      '/complaints',
      filing({ amountPaid: { minor: 1000, currency: 'GBP' } }),
      agent,
    );
    const created = await post(api, '/returns', returnRequest({ complaintId: complaint.body.id }), agent);
    const url = `/returns/${created.body.id as string}`;
    await post(api, `${url}/authorise`, authorisation(), agent);
    await post(api, `${url}/receive`, receipt, api.auth('warehouse', 'wes'));
    await post(
      api,
      `${url}/inspect`,
      inspection('defective_confirmed', 'defective_confirmed'),
      api.auth('warehouse', 'wes'),
    );
    const refund = {
      refundId: 'rf-over',
      amount: { minor: 5000, currency: 'GBP' },
      paymentReference: 'pay-1',
    };
    const res = await post(api, `${url}/resolve`, { resolution: 'refund', refund }, agent);
    expect(res).toMatchObject({ status: 422, body: { code: 'RefundExceedsPaidAmount' } });
    expect((await get(url)).body.state.status).toBe('inspected');
  });
  it('opens a carrier claim for transit damage with the complaint’s insurance decision', async () => {
    const { url, complaintId } = await receivedReturn(api);
    const agent = api.auth('agent', 'ana');
    await post(
      api,
      `/complaints/${complaintId}/insurance-coverage`,
      { covered: true, insurer: 'Acme' },
      agent,
    );
    const claim = { claimReference: 'CLM-1', carrier: 'DPD' };
    expect(await post(api, `${url}/open-claim`, claim, agent)).toMatchObject({
      status: 422,
      body: { code: 'NoTransitDamage' },
    });
    const warehouse = api.auth('warehouse', 'wes');
    await post(api, `${url}/inspect`, inspection('damaged_in_transit', 'as_described'), warehouse);
    expect((await post(api, `${url}/open-claim`, claim, agent)).status).toBe(200);
    const { events } = await api.store.readStream(`return-${url.split('/')[2]!}`);
    expect(events.find((e) => e.type === 'CarrierClaimOpened')?.data).toMatchObject({
      claimReference: 'CLM-1',
      complaintId,
      insuranceCovered: true,
    });
  });
});
