import { specFor } from '../testing';
import { returnDecider } from './index';
import {
  arrived,
  authorised,
  build,
  context,
  ev,
  inspected,
  now,
  requested,
  returnId,
  shipped,
  warehouse,
} from './return.fixtures';

const { given } = specFor(returnDecider);
const receive = (quantity: number) =>
  build('ReceiveReturn', { returnId, lines: [{ sku: 'KET-1', quantity, condition: 'opened' }] }, warehouse);
const inspect = (sku: string, quantity: number, outcome = 'defective_confirmed') =>
  build('InspectReturn', { returnId, lines: [{ sku, quantity, outcome: outcome as never }] }, warehouse);
const inspection = (sku: string, quantity: number, outcome = 'defective_confirmed') =>
  ev('ReturnInspected', {
    returnId,
    lines: [{ sku, quantity, outcome: outcome as never }],
    evidence: [],
    inspectedBy: { kind: 'warehouse', id: 'wh-1' },
    inspectedAt: now,
  });

describe('return: receipt', () => {
  const partly = ev('ReturnReceived', {
    returnId,
    lines: [{ sku: 'KET-1', quantity: 2, condition: 'opened' }],
    receivedBy: { kind: 'warehouse', id: 'wh-1' },
    receivedAt: now,
  });

  it('receives up to the quantity authorised, shipped or handed over', () => {
    given([requested(), authorised, shipped]).when(receive(2)).then([partly]);
    given([requested(), authorised]).when(receive(2)).then([partly]);
  });

  it('refuses more than was authorised, an unknown line, or a return not authorised', () => {
    given([requested(), authorised]).when(receive(3)).thenFails('QuantityExceedsAuthorised');
    const unknown = build(
      'ReceiveReturn',
      { returnId, lines: [{ sku: 'X', quantity: 1, condition: 'sealed' }] },
      warehouse,
    );
    given([requested(), authorised]).when(unknown).thenFails('UnknownLine');
    given([requested()]).when(receive(1)).thenFails('InvalidTransition');
  });
});

describe('return: inspection', () => {
  it('inspects what was received, line by line; inspected once every line is', () => {
    given(arrived())
      .when(inspect('KET-1', 2))
      .then([inspection('KET-1', 2)]);
    const state = [...arrived(), inspection('KET-1', 2), inspection('TOA-1', 1)].reduce(
      returnDecider.evolve,
      returnDecider.initialState,
    );
    expect(state.status).toBe('inspected');
  });

  it('inspects nothing before it is received', () => {
    given([requested(), authorised, shipped]).when(inspect('KET-1', 1)).thenFails('NotReceived');
  });

  it('never inspects more than was received, nor than was authorised', () => {
    const one = ev('ReturnReceived', {
      returnId,
      lines: [{ sku: 'KET-1', quantity: 1, condition: 'opened' }],
      receivedBy: { kind: 'warehouse', id: 'wh-1' },
      receivedAt: now,
    });
    given([requested(), authorised, one]).when(inspect('KET-1', 2)).thenFails('QuantityExceedsReceived');
    given([requested(), authorised, one]).when(inspect('KET-1', 3)).thenFails('QuantityExceedsAuthorised');
    given([requested(), authorised, one])
      .when(inspect('TOA-1', 0, 'not_received'))
      .then([inspection('TOA-1', 0, 'not_received')]);
  });

  it('inspects a line once', () => {
    given([...arrived(), inspection('KET-1', 2)])
      .when(inspect('KET-1', 2))
      .thenFails('AlreadyInspected');
  });
});

describe('return: carrier claim', () => {
  const claim = build('OpenCarrierClaim', { returnId, claimReference: 'CLM-1', carrier: 'DPD' }, warehouse);

  it('opens a claim for transit damage, with the complaint’s insurance decision', () => {
    given([...arrived('damaged_in_transit'), inspected('damaged_in_transit', 'as_described')])
      .when(claim, { ...context, insuranceCovered: true })
      .then([
        ev('CarrierClaimOpened', {
          returnId,
          claimReference: 'CLM-1',
          carrier: 'DPD',
          complaintId: 'c-1',
          insuranceCovered: true,
          openedAt: now,
        }),
      ]);
  });

  it('refuses a claim when inspection found no transit damage', () => {
    given([...arrived(), inspected()])
      .when(claim, context)
      .thenFails('NoTransitDamage');
  });
});

describe('return: disposition', () => {
  const dispose = (sku: string) =>
    build('DisposeReturn', { returnId, lines: [{ sku, disposition: 'refurbish' }] }, warehouse);

  it('disposes of an inspected line, not one still to inspect', () => {
    given([...arrived(), inspection('KET-1', 2)])
      .when(dispose('KET-1'))
      .then([
        ev('ReturnLinesDisposed', {
          returnId,
          lines: [{ sku: 'KET-1', disposition: 'refurbish' }],
          disposedBy: { kind: 'warehouse', id: 'wh-1' },
          disposedAt: now,
        }),
      ]);
    given([...arrived(), inspection('KET-1', 2)])
      .when(dispose('TOA-1'))
      .thenFails('NotInspected');
  });

  it('is refused before receipt', () => {
    given([requested(), authorised]).when(dispose('KET-1')).thenFails('InvalidTransition');
  });
});
