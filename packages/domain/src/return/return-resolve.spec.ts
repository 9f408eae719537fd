import { specFor } from '../testing';
import type { ActorKind } from '../shared/actor';
import { DEFAULT_RETURN_POLICY } from './codecs';
import { returnDecider, returnValue } from './index';
import { arrived, build, by, context, ev, gbp, inspected, now, requested, returnId } from './return.fixtures';
import type { ReturnResolution } from './codecs';

const { given } = specFor(returnDecider);

const resolve = (
  resolution: ReturnResolution,
  minor?: number,
  kind: ActorKind = 'agent',
  extra: { exchangeOrderReference?: string } = {},
) =>
  build(
    'ResolveReturn',
    {
      returnId,
      resolution,
      ...(minor === undefined
        ? {}
        : { refund: { refundId: 'rf-1', amount: gbp(minor), paymentReference: 'pay-1' } }),
      ...extra,
    },
    by(kind, kind === 'agent' ? 'agent-1' : 'sup-1'),
  );

const resolved = (minor: number, value: number, fee = 0, kind: ActorKind = 'agent') =>
  ev('ReturnResolved', {
    returnId,
    resolution: 'refund',
    refundId: 'rf-1',
    refundAmount: gbp(minor),
    refundableValue: gbp(value),
    restockingFee: gbp(fee),
    resolvedBy: { kind, id: kind === 'agent' ? 'agent-1' : 'sup-1' },
    resolvedAt: now,
  });

const disposedAll = ev('ReturnLinesDisposed', {
  returnId,
  lines: [
    { sku: 'KET-1', disposition: 'scrap' },
    { sku: 'TOA-1', disposition: 'send_to_vendor' },
  ],
  disposedBy: { kind: 'warehouse', id: 'wh-1' },
  disposedAt: now,
});
const closed = ev('ReturnClosed', { returnId, closedAt: now });

describe('return: refund cap', () => {
  it('refunds up to the value of lines inspected as refundable', () => {
    given([...arrived(), inspected()])
      .when(resolve('refund', 10500), context)
      .then([resolved(10500, 10500)]);
    given([...arrived(), inspected()])
      .when(resolve('refund', 10501), context)
      .thenFails('RefundExceedsReturnValue');
  });

  it('keeps the restocking fee when the customer changed their mind', () => {
    const changedMind = [...arrived('changed_mind'), inspected('as_described', 'as_described')];
    given(changedMind)
      .when(resolve('refund', 9450), context)
      .then([resolved(9450, 10500, 1050)]);
    given(changedMind).when(resolve('refund', 9451), context).thenFails('RefundExceedsReturnValue');
  });

  it('charges no restocking fee for other reasons, and takes the fee from the policy', () => {
    expect(returnValue({ reason: 'defective', lines: [] }, DEFAULT_RETURN_POLICY).restockingFee.minor).toBe(
      0,
    );
    const s = [...arrived('changed_mind'), inspected('as_described', 'not_received')].reduce(
      returnDecider.evolve,
      returnDecider.initialState,
    );
    if (s.status === 'none') throw new Error('no return');
    expect(returnValue(s, { ...DEFAULT_RETURN_POLICY, restockingFeePercent: 25 })).toEqual({
      refundableValue: gbp(8000),
      restockingFee: gbp(2000),
      cap: gbp(6000),
    });
  });

  it('needs refund details, a linked complaint and the return’s currency for a refund', () => {
    given([...arrived(), inspected()])
      .when(resolve('refund'), context)
      .thenFails('RefundDetailsRequired');
    const unlinked = [
      requested('defective', '2024-03-01T10:00:00Z', false),
      ...arrived().slice(1),
      inspected(),
    ];
    given(unlinked).when(resolve('refund', 100), context).thenFails('ComplaintRequiredForRefund');
    given([...arrived(), inspected()])
      .when(resolve('repair', 100), context)
      .thenFails('RefundDetailsNotExpected');
    const eur = resolve('refund', 100);
    const inEur = {
      ...eur,
      data: { ...eur.data, refund: { ...eur.data.refund!, amount: { minor: 100, currency: 'EUR' } } },
    };
    given([...arrived(), inspected()])
      .when(inEur, context)
      .thenFails('CurrencyMismatch');
  });
});

describe('return: resolution', () => {
  it('resolves nothing before every line is inspected', () => {
    const partly = ev('ReturnInspected', {
      returnId,
      lines: [{ sku: 'KET-1', quantity: 2, outcome: 'defective_confirmed' }],
      evidence: [],
      inspectedBy: { kind: 'warehouse', id: 'wh-1' },
      inspectedAt: now,
    });
    given([...arrived(), partly])
      .when(resolve('repair'), context)
      .thenFails('NotInspected');
    given(arrived()).when(resolve('repair'), context).thenFails('NotInspected');
    given([...arrived(), inspected()])
      .when(resolve('repair'))
      .thenFails('ContextRequired');
  });

  it('closes on resolution when every line has a disposition, else on the last disposition', () => {
    given([...arrived(), inspected(), disposedAll])
      .when(resolve('refund', 100), context)
      .then([resolved(100, 10500), closed]);
    const { returnId: id, lines } = disposedAll.data;
    const dispose = build('DisposeReturn', { returnId: id, lines }, by('warehouse', 'wh-1'));
    given([...arrived(), inspected(), resolved(100, 10500)])
      .when(dispose)
      .then([disposedAll, closed]);
  });

  it('needs the new order for an exchange', () => {
    given([...arrived(), inspected()])
      .when(resolve('exchange'), context)
      .thenFails('ExchangeOrderRequired');
    given([...arrived(), inspected()])
      .when(resolve('exchange', undefined, 'agent', { exchangeOrderReference: 'ord-2' }), context)
      .then([
        ev('ReturnResolved', {
          returnId,
          resolution: 'exchange',
          exchangeOrderReference: 'ord-2',
          refundableValue: gbp(10500),
          restockingFee: gbp(0),
          resolvedBy: { kind: 'agent', id: 'agent-1' },
          resolvedAt: now,
        }),
      ]);
  });
});

describe('return: customer damage', () => {
  const damaged = [...arrived(), inspected('customer_damage', 'defective_confirmed')];

  it('needs a supervisor to resolve', () => {
    given(damaged).when(resolve('none'), context).thenFails('SupervisorApprovalRequired');
    given(damaged).when(resolve('refund', 2500), context).thenFails('SupervisorApprovalRequired');
  });

  it('lets a supervisor resolve to nothing or a partial refund of the undamaged lines', () => {
    given(damaged)
      .when(resolve('refund', 2500, 'supervisor'), context)
      .then([resolved(2500, 2500, 0, 'supervisor')]);
    given(damaged)
      .when(resolve('refund', 2501, 'supervisor'), context)
      .thenFails('RefundExceedsReturnValue');
    given(damaged)
      .when(resolve('none', undefined, 'supervisor'), context)
      .then([
        ev('ReturnResolved', {
          returnId,
          resolution: 'none',
          refundableValue: gbp(2500),
          restockingFee: gbp(0),
          resolvedBy: { kind: 'supervisor', id: 'sup-1' },
          resolvedAt: now,
        }),
      ]);
  });

  it('refuses any other resolution, even from a supervisor', () => {
    given(damaged)
      .when(resolve('repair', undefined, 'supervisor'), context)
      .thenFails('CustomerDamageResolution');
  });
});
