import { randomUUID } from 'node:crypto';
import { ProjectionRunner, projections } from '@casebook/projections';
import { eventually } from '../reports/testing/report-fixtures';
import type { TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';
import { authorisation, inspection, receipt, returnRequest } from '../returns/return.fixtures';

/**
 * A command an allowed caller should be able to run: the state it needs was made just before,
 * by callers of their own (an agent and a supervisor other than the one under test, so that
 * rules such as "nobody approves their own refund" do not get in the way).
 */
export interface Arranged {
  /** Fills the path's `{id}`. */
  readonly id?: string;
  readonly body: Record<string, unknown>;
}

export type Arrange = (api: TestApi) => Promise<Arranged>;

type Body = Record<string, unknown>;
type Step = readonly [action: string, body: Body];

const fresh = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A setup request as `who`; throws, failing the cell, unless it succeeds. */
async function must(
  api: TestApi,
  who: 'agent' | 'supervisor' | 'admin' | 'warehouse',
  url: string,
  body: Body,
): Promise<string> {
  const res = await post(api, url, body, api.auth(who, `setup-${who}`));
  if (res.status !== 200 && res.status !== 201) {
    throw new Error(`setup POST ${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return (res.body as { id: string }).id;
}

const contact = { customerId: 'cust-1', channel: 'phone', direction: 'inbound' };
const customer = { name: 'Ada Lovelace', email: 'ada@example.com' };
/** Refunds of more than an agent's limit (500.00) wait for a supervisor. */
const OVER_AGENT_LIMIT = 60_000;

const refundOf = (complaintId: string, minor: number) => ({
  complaintId,
  kind: 'refund',
  paymentReference: 'pay-1',
  amount: { minor, currency: 'GBP' },
  reason: 'duplicate',
});

/** A complaint that took `steps`, paid enough to refund more than an agent may alone. */
async function complaint(api: TestApi, steps: readonly Step[] = []): Promise<string> {
  const id = await must(
    api,
    'agent',
    '/complaints',
    filing({ amountPaid: { minor: 100_000, currency: 'GBP' } }),
  );
  for (const [action, body] of steps) await must(api, 'agent', `/complaints/${id}/${action}`, body);
  return id;
}

const onComplaint =
  (body: Body, ...steps: Step[]): Arrange =>
  async (api) => ({ id: await complaint(api, steps), body });

/** A refund of `minor`, requested by an agent and taken through `steps` (action, who). */
const onRefund =
  (body: Body, minor: number, ...steps: (readonly [string, 'agent' | 'supervisor', Body])[]): Arrange =>
  async (api) => {
    const id = await must(api, 'agent', '/refunds', refundOf(await complaint(api), minor));
    for (const [action, who, b] of steps) await must(api, who, `/refunds/${id}/${action}`, b);
    return { id, body };
  };

type ReturnStep = readonly [action: string, who: 'agent' | 'warehouse', body: Body];
const authorised: ReturnStep = ['authorise', 'agent', authorisation()];
const received: ReturnStep = ['receive', 'warehouse', receipt];
const inspectedAs = (ket: string): ReturnStep => ['inspect', 'warehouse', inspection(ket, 'as_described')];

/** A return linked to a fresh complaint, taken through `steps` by an agent and the warehouse. */
const onReturn =
  (body: Body, ...steps: ReturnStep[]): Arrange =>
  async (api) => {
    const id = await must(api, 'agent', '/returns', returnRequest({ complaintId: await complaint(api) }));
    for (const [action, who, b] of steps) await must(api, who, `/returns/${id}/${action}`, b);
    return { id, body };
  };

const onEscalation =
  (body: Body): Arrange =>
  async (api) => {
    const raise = { level: 1, trigger: 'manual', reason: 'stuck' };
    return { id: await must(api, 'agent', `/complaints/${await complaint(api)}/escalations`, raise), body };
  };

const onCustomer =
  (body: Body): Arrange =>
  async (api) => ({
    id: await must(api, 'agent', '/customers', { ...customer, customerId: fresh('cust') }),
    body,
  });

/** An interaction started (active), or queued, then taken through `steps`. */
const onInteraction =
  (body: Body, start: 'started' | 'queued', ...steps: Step[]): Arrange =>
  async (api) => {
    const id = fresh('int');
    if (start === 'started')
      await must(api, 'agent', '/interactions', { ...contact, interactionId: id, agentId: 'ana' });
    else await must(api, 'agent', `/interactions/${id}/queue`, contact);
    for (const [action, b] of steps) await must(api, 'agent', `/interactions/${id}/${action}`, b);
    return { id, body };
  };

const now =
  (body: Body): Arrange =>
  () =>
    Promise.resolve({ body });

const approved = ['approve', 'supervisor', {}] as const;
const issued = ['issue', 'agent', { providerReference: 'psp-1' }] as const;
const resolve: Step = ['resolve', { resolution: 'refunded' }];
/** What closing needs besides: a final response and a root cause. */
const closable: Step[] = [
  ['final-response', { outcome: 'upheld', referralRightsStated: true, message: 'Sorry' }],
  ['root-cause', { category: 'billing', description: 'double charge' }],
  resolve,
];

/** For each command type, a request that succeeds for any caller the matrix allows. */
export const ARRANGE: Readonly<Record<string, Arrange>> = {
  RegisterCustomer: now({ ...customer }),
  ChangeContactDetails: onCustomer({ email: 'ada@example.org' }),
  ChangePaymentMethod: onCustomer({ token: 'tok_visa', maskedLabel: 'Visa ending 4242' }),
  VerifyIdentity: onCustomer({ method: 'document' }),
  ConfirmTransaction: onCustomer({ transactionId: 'tx-1', amount: { minor: 500, currency: 'GBP' } }),
  // A customer with no complaint: nothing holds the erasure back.
  RequestErasure: onCustomer({ reason: 'asked to be forgotten', legalBasis: 'consent_withdrawn' }),
  PlaceLegalHold: onCustomer({ reason: 'litigation', reference: 'LIT-1' }),
  ReleaseLegalHold: async (api) => {
    const { id } = await onCustomer({})(api);
    await must(api, 'admin', `/customers/${id!}/legal-hold`, { reason: 'litigation', reference: 'LIT-1' });
    return { id, body: { reason: 'settled' } };
  },

  StartInteraction: now({ ...contact, agentId: 'ana' }),
  QueueInteraction: async () => ({ id: fresh('int'), body: contact }),
  AcceptInteraction: onInteraction({ agentId: 'ana' }, 'queued'),
  PutInteractionOnHold: onInteraction({}, 'started'),
  ResumeInteraction: onInteraction({}, 'started', ['hold', {}]),
  LinkInteractionToComplaint: onInteraction({ complaintId: 'k-1' }, 'started'),
  EndInteraction: onInteraction(
    { summary: 'sorted', talkSeconds: 60, holdSeconds: 0, wrapUpSeconds: 10 },
    'started',
  ),

  FileComplaint: now(filing()),
  AcknowledgeComplaint: onComplaint({}),
  AssignComplaint: onComplaint({ ownerId: 'ana', team: 'billing' }),
  TransferComplaint: onComplaint({ toTeam: 'fraud', reason: 'looks like fraud' }, [
    'assign',
    { ownerId: 'ana', team: 'billing' },
  ]),
  RequestInformation: onComplaint({ requestId: 'q-1', question: 'Which card?' }),
  RecordCustomerReply: onComplaint({ requestId: 'q-1', reply: 'The Visa' }, [
    'request-information',
    { requestId: 'q-1', question: 'Which card?' },
  ]),
  PutComplaintOnHold: onComplaint({ reason: 'waiting for the bank' }),
  ResumeComplaint: onComplaint({}, ['hold', { reason: 'waiting for the bank' }]),
  RequestProductTest: onComplaint({ testId: 't-1', product: 'kettle', instructions: 'boil it' }),
  RecordProductTestResult: onComplaint({ testId: 't-1', result: 'no_defect_found', notes: 'fine' }, [
    'request-product-test',
    { testId: 't-1', product: 'kettle', instructions: 'boil it' },
  ]),
  DetermineInsuranceCoverage: onComplaint({ covered: false }),
  ReviewClaimAdjustment: onComplaint({ claimReference: 'cl-1', decision: 'approved', notes: 'ok' }),
  NotifyCustomer: onComplaint({ notificationId: 'n-1', kind: 'progress', message: 'On it' }),
  SendHoldingResponse: onComplaint({ message: 'Still looking' }),
  SendFinalResponse: onComplaint({ outcome: 'upheld', referralRightsStated: true, message: 'Sorry' }),
  RecordRootCause: onComplaint({ category: 'billing', description: 'double charge' }),
  ResolveComplaint: onComplaint({ resolution: 'refunded' }),
  ReopenComplaint: onComplaint({ reason: 'still charged' }, resolve),
  CloseComplaint: onComplaint({}, ...closable),
  RecordSatisfaction: onComplaint({ rating: 'good' }, resolve),
  RaiseEscalation: onComplaint({ level: 2, trigger: 'manual', reason: 'stuck' }),

  RequestRefund: async (api) => ({ body: refundOf(await complaint(api), 1000) }),
  ApproveRefund: onRefund({}, OVER_AGENT_LIMIT),
  RejectRefund: onRefund({ reason: 'already refunded' }, OVER_AGENT_LIMIT),
  IssueRefund: onRefund({ providerReference: 'psp-1' }, 1000, approved),
  SettleRefund: onRefund({}, 1000, approved, issued),
  FailRefund: onRefund({ failureReason: 'card closed' }, 1000, approved, issued),

  RequestReturn: now(returnRequest()),
  AuthoriseReturn: onReturn(authorisation()),
  RefuseReturn: onReturn({ refusal: 'item_not_returnable', reason: 'Perishable' }),
  ShipReturn: onReturn({ carrier: 'DPD', trackingNumber: 'T-1' }, authorised),
  CancelReturn: onReturn({ reason: 'kept it' }, authorised),
  ReceiveReturn: onReturn(receipt, authorised),
  InspectReturn: onReturn(inspection('defective_confirmed', 'as_described'), authorised, received),
  OpenCarrierClaim: onReturn(
    { claimReference: 'CLM-1', carrier: 'DPD' },
    authorised,
    received,
    inspectedAs('damaged_in_transit'),
  ),
  DisposeReturn: onReturn(
    { lines: [{ sku: 'KET-1', disposition: 'restock' }] },
    authorised,
    received,
    inspectedAs('defective_confirmed'),
  ),
  ResolveReturn: onReturn({ resolution: 'repair' }, authorised, received, inspectedAs('defective_confirmed')),

  AcknowledgeEscalation: onEscalation({ assigneeId: 'sam' }),
  RaiseEscalationLevel: onEscalation({ toLevel: 2, reason: 'no answer' }),
  DeEscalate: onEscalation({ reason: 'answered' }),
  CloseEscalation: onEscalation({ resolution: 'answered' }),
};

/** One of each resource, for the reads: they change nothing, so every cell shares them. */
export async function readFixture(api: TestApi): Promise<Record<string, string>> {
  const customerId = await must(api, 'agent', '/customers', { ...customer, customerId: fresh('cust') });
  const interactionId = await must(api, 'agent', '/interactions', { ...contact, customerId, agentId: 'ana' });
  const complaintId = await must(api, 'agent', '/complaints', filing({ customerId }));
  const refundId = await must(api, 'agent', '/refunds', refundOf(complaintId, 1000));
  const returnId = await must(api, 'agent', '/returns', returnRequest({ complaintId }));
  const escalationId = await must(api, 'agent', `/complaints/${complaintId}/escalations`, {
    level: 1,
    trigger: 'manual',
    reason: 'stuck',
  });
  return {
    customers: customerId,
    interactions: interactionId,
    complaints: complaintId,
    refunds: refundId,
    returns: returnId,
    escalations: escalationId,
  };
}

/**
 * Runs the read models until `urls` answer, then stops them. The matrix's API runs no workers
 * of its own: following its few hundred fixture commands live doubled the file's time, and only
 * two report rows read a model.
 */
export async function projectUntil(api: TestApi, urls: readonly string[]): Promise<void> {
  // The app's store: customers' personal data is sealed in the log, and opened only through it.
  const runners = projections.map(
    (projection) => new ProjectionRunner({ pool: api.db.pool, store: api.store, projection }),
  );
  for (const runner of runners) runner.start();
  try {
    for (const url of urls) await eventually(api, url, () => true);
  } finally {
    await Promise.all(runners.map((r) => r.stop()));
  }
}
