import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkExport, complaintExport, manifestPath, writeExport } from '@casebook/projections';
import { startTestApi, type TestApi } from '../testing';
import { filing, post, untilReadable } from '../testing/fixtures';

/** Erasure through HTTP, as an admin would ask for it and an auditor would check it afterwards. */
let api: TestApi;
let now = new Date('2026-01-05T10:00:00.000Z');
beforeAll(async () => {
  api = await startTestApi({ clock: () => now, projections: { run: false } });
});
afterAll(() => api.close());

const agent = () => api.auth('agent', 'ana');
const admin = () => api.auth('admin', 'ada');
const auditor = () => api.auth('auditor', 'aud');
const erasure = { reason: 'customer asked to be forgotten', legalBasis: 'consent_withdrawn' };
const sql = async (text: string, ...params: unknown[]) =>
  (await api.db.pool.query<Record<string, unknown>>(text, params)).rows;

async function ok(url: string, body: unknown, headers = agent()): Promise<string> {
  const res = await post(api, url, body, headers);
  if (res.status >= 300) throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

async function customerWithContact(customerId: string): Promise<string> {
  await ok('/customers', {
    customerId,
    name: 'Ann Smith',
    email: 'ann.smith@example.com',
    phone: '+44 20 7946 0000',
    address: { line1: '1 High Street', city: 'Leeds', postcode: 'LS1 1AA', country: 'GB' },
  });
  const contact = await ok('/interactions', {
    customerId,
    channel: 'phone',
    direction: 'inbound',
    agentId: 'ana',
  });
  await ok(`/interactions/${contact}/end`, {
    summary: 'Ann Smith called about her mortgage arrears',
    talkSeconds: 60,
    holdSeconds: 0,
    wrapUpSeconds: 10,
  });
  return contact;
}

async function closedComplaint(customerId: string): Promise<string> {
  const id = await ok('/complaints', filing({ customerId }));
  const c = `/complaints/${id}`;
  await ok(`${c}/acknowledge`, {});
  await ok(`${c}/final-response`, { outcome: 'upheld', referralRightsStated: true, message: 'Sorry' });
  await ok(`${c}/root-cause`, { category: 'billing', description: 'double charge' });
  await ok(`${c}/resolve`, { resolution: 'refunded' });
  await ok(`${c}/close`, {});
  return id;
}

const get = (url: string, headers = auditor()) => api.request({ method: 'GET', url, headers });

describe('POST /customers/{id}/erasure', () => {
  it('keeps personal data only as ciphertext, then shreds it: every read shows it erased and the chains verify', async () => {
    const contact = await customerWithContact('cust-erase-1');
    const stored = await Promise.all(
      ['customer-cust-erase-1', `interaction-${contact}`].map((s) => api.rawStore.readStream(s)),
    );
    expect(stored.every((r) => r.events.length > 0)).toBe(true);
    expect(JSON.stringify(stored.flatMap((r) => r.events.map((e) => e.data)))).not.toMatch(
      /Ann|ann\.smith|7946|High Street|mortgage/,
    );
    expect((await get('/customers/cust-erase-1', agent())).body.state).toMatchObject({ name: 'Ann Smith' });

    expect((await post(api, '/customers/cust-erase-1/erasure', erasure, api.auth('supervisor'))).status).toBe(
      403,
    );
    const erased = await post(api, '/customers/cust-erase-1/erasure', erasure, admin());
    expect(erased.status).toBe(200);

    const state = (await get('/customers/cust-erase-1', agent())).body.state;
    expect(state).toMatchObject({ status: 'erased', name: '[erased]', email: '[erased]' });
    expect(JSON.stringify(state)).not.toMatch(/Ann|ann\.smith|7946|High Street/);
    await untilReadable(api, 'customer-cust-erase-1');
    await untilReadable(api, `interaction-${contact}`);
    const history = (await get('/customers/cust-erase-1/history')).body.items as {
      type: string;
      data: unknown;
      actor: unknown;
    }[];
    expect(history.map((i) => i.type)).toEqual(['CustomerRegistered', 'CustomerPiiErased']);
    expect(history[0]!.data).toMatchObject({
      name: '[erased]',
      email: '[erased]',
      phone: '[erased]',
      address: '[erased]',
    });
    expect(history[1]).toMatchObject({
      data: { reason: erasure.reason, legalBasis: 'consent_withdrawn' },
      actor: { id: 'ada' },
    });
    const ended = (
      (await get(`/interactions/${contact}/history`)).body.items as {
        type: string;
        data: { summary?: string };
      }[]
    ).find((i) => i.type === 'InteractionEnded');
    expect(ended!.data.summary).toBe('[erased]');
    expect((await sql(`SELECT wrapped FROM pii_keys WHERE subject = 'cust-erase-1'`))[0]!.wrapped).toBeNull();
    for (const s of ['customer-cust-erase-1', `interaction-${contact}`])
      expect((await get(`/audit/streams/${s}/verify`)).body).toMatchObject({ ok: true });
  });

  it('is idempotent, and nothing personal is recorded for an erased customer afterwards', async () => {
    await customerWithContact('cust-erase-2');
    expect((await post(api, '/customers/cust-erase-2/erasure', erasure, admin())).status).toBe(200);
    const again = await post(api, '/customers/cust-erase-2/erasure', erasure, admin());
    expect(again.status).toBe(200);
    await untilReadable(api, 'customer-cust-erase-2');
    expect((await get('/customers/cust-erase-2/history')).body.items).toHaveLength(2);
    const change = await post(
      api,
      '/customers/cust-erase-2/contact-details',
      { email: 'new@example.com' },
      agent(),
    );
    expect(change).toMatchObject({ status: 422, body: { code: 'CustomerErased' } });
    const contact = await ok('/interactions', {
      customerId: 'cust-erase-2',
      channel: 'chat',
      direction: 'inbound',
      agentId: 'ana',
    });
    const end = await post(
      api,
      `/interactions/${contact}/end`,
      { summary: 'asked again', talkSeconds: 1, holdSeconds: 0, wrapUpSeconds: 0 },
      agent(),
    );
    expect(end).toMatchObject({ status: 422, body: { code: 'CustomerErased' } });
  });

  it('is refused, and the refusal recorded, while a complaint is open, a retention period runs or a legal hold is set', async () => {
    await customerWithContact('cust-erase-3');
    const open = await ok('/complaints', filing({ customerId: 'cust-erase-3' }));
    const refused = await post(api, '/customers/cust-erase-3/erasure', erasure, admin());
    expect(refused).toMatchObject({ status: 422, body: { code: 'ErasureRefused' } });
    expect(refused.body.details.refusals).toEqual([
      expect.objectContaining({ rule: 'open_complaint', complaintId: open }),
    ]);
    await untilReadable(api, 'customer-cust-erase-3');
    const recorded = (await get('/customers/cust-erase-3/history')).body.items as {
      type: string;
      data: unknown;
    }[];
    expect(recorded.at(-1)).toMatchObject({
      type: 'CustomerErasureRefused',
      data: { refusals: [{ rule: 'open_complaint' }] },
    });
    expect((await get('/customers/cust-erase-3', agent())).body.state).toMatchObject({ name: 'Ann Smith' });
  });

  it('waits out the retention period after the last close, and a legal hold until released', async () => {
    now = new Date('2026-01-05T10:00:00.000Z');
    await customerWithContact('cust-erase-4');
    const closed = await closedComplaint('cust-erase-4');
    await ok('/customers/cust-erase-4/legal-hold', { reason: 'litigation', reference: 'LIT-7' }, admin());
    now = new Date('2029-01-06T10:00:00.000Z'); // three years and a day after the close (FCA DISP default)
    const held = await post(api, '/customers/cust-erase-4/erasure', erasure, admin());
    expect(held.body.details.refusals).toEqual([expect.objectContaining({ rule: 'legal_hold' })]);
    await ok('/customers/cust-erase-4/release-legal-hold', { reason: 'case settled' }, admin());
    now = new Date('2028-06-01T10:00:00.000Z'); // within the period
    const retained = await post(api, '/customers/cust-erase-4/erasure', erasure, admin());
    expect(retained.body.details.refusals).toEqual([
      expect.objectContaining({
        rule: 'retention_period',
        complaintId: closed,
        until: expect.stringMatching(/^2029-01-05/),
      }),
    ]);
    now = new Date('2029-01-06T10:00:00.000Z');
    expect((await post(api, '/customers/cust-erase-4/erasure', erasure, admin())).status).toBe(200);
  });

  it('exports ciphertext the chain covers, the readable values beside it, and erased after erasure', async () => {
    now = new Date('2026-02-01T10:00:00.000Z');
    const complaintId = await ok('/complaints', filing({ customerId: 'cust-erase-5' }));
    await ok('/customers', { customerId: 'cust-erase-5', name: 'Bo Lee', email: 'bo@example.com' });
    const contact = await ok('/interactions', {
      customerId: 'cust-erase-5',
      channel: 'phone',
      direction: 'inbound',
      agentId: 'ana',
      complaintId,
    });
    await ok(`/interactions/${contact}/end`, {
      summary: 'Bo Lee is upset',
      talkSeconds: 5,
      holdSeconds: 0,
      wrapUpSeconds: 0,
    });
    const { store } = api;
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const exported = async () => {
      const lines = (await complaintExport(store, complaintId))!;
      const file = join(mkdtempSync(join(tmpdir(), 'erasure-')), 'complaint.jsonl');
      writeExport(file, lines, { kind: 'complaint', complaintId }, privateKey);
      const check = checkExport(readFileSync(file), readFileSync(manifestPath(file), 'utf8'), publicKey);
      return { line: lines.find((l) => l.type === 'InteractionEnded')!, check };
    };
    const before = await exported();
    expect(JSON.stringify(before.line.data)).not.toMatch(/Bo Lee/);
    expect(before.line.personal).toEqual({ summary: 'Bo Lee is upset' });
    expect(before.check).toMatchObject({ ok: true, problems: [] });

    await ok(`/complaints/${complaintId}/acknowledge`, {});
    await ok(`/complaints/${complaintId}/final-response`, {
      outcome: 'upheld',
      referralRightsStated: true,
      message: 'Sorry',
    });
    await ok(`/complaints/${complaintId}/root-cause`, { category: 'billing', description: 'double charge' });
    await ok(`/complaints/${complaintId}/resolve`, { resolution: 'refunded' });
    await ok(`/complaints/${complaintId}/close`, {});
    now = new Date('2029-02-02T10:00:00.000Z');
    expect((await post(api, '/customers/cust-erase-5/erasure', erasure, admin())).status).toBe(200);
    const after = await exported();
    expect(after.line.data).toEqual(before.line.data);
    expect(after.line.personal).toEqual({ summary: '[erased]' });
    expect(after.check).toMatchObject({ ok: true, problems: [] });
  });
});
