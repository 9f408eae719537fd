import { specFor } from '../testing';
import { DEFAULT_RETURN_POLICY } from './codecs';
import { returnDecider } from './index';
import {
  agent,
  authorised,
  build,
  by,
  context,
  ev,
  now,
  request,
  requested,
  returnId,
  shipped,
} from './return.fixtures';

const { given } = specFor(returnDecider);
const authorise = (sendBy = '2024-03-24T10:00:00Z') =>
  build('AuthoriseReturn', { returnId, method: 'prepaid_label', sendBy, returnReference: 'RMA-1' }, agent);

describe('return: request', () => {
  it('records a request; requesting it twice is refused', () => {
    given([]).when(request()).then([requested()]);
    given([requested()]).when(request()).thenFails('ReturnAlreadyRequested');
  });

  it('refuses lines priced in more than one currency', () => {
    const mixed = request();
    const lines = [
      mixed.data.lines[0]!,
      { ...mixed.data.lines[1]!, unitPrice: { minor: 100, currency: 'EUR' } },
    ];
    given([])
      .when({ ...mixed, data: { ...mixed.data, lines } })
      .thenFails('MixedCurrencies');
  });

  it('decodes lines with unique SKUs only', () => {
    const body = { ...request().data, lines: [request().data.lines[0], request().data.lines[0]] };
    expect(() => build('RequestReturn', body as never, agent)).toThrow(/each sku at most once/);
  });
});

describe('return: the return window', () => {
  it('authorises within the window and records the window it gave', () => {
    given([requested('changed_mind', '2024-02-15T10:00:00Z')])
      .when(authorise(), context)
      .then([{ ...authorised, data: { ...authorised.data, windowDays: 30 } }]);
  });

  it('refuses to authorise outside the window', () => {
    const error = given([requested('changed_mind', '2024-02-01T10:00:00Z')])
      .when(authorise(), context)
      .thenFails('OutsideReturnWindow');
    expect(error.details).toEqual({ windowDays: 30, daysSinceDelivery: 38 });
  });

  it('gives a defective item the longer defect window', () => {
    given([requested('defective', '2024-01-01T10:00:00Z')])
      .when(authorise(), context)
      .then([authorised]);
    given([requested('defective', '2023-11-01T10:00:00Z')])
      .when(authorise(), context)
      .thenFails('OutsideReturnWindow');
  });

  it('takes the window of the category, as configured', () => {
    const electronics = { policy: { ...DEFAULT_RETURN_POLICY, categoryWindowDays: { kitchen: 7 } } };
    given([requested('changed_mind', '2024-03-01T10:00:00Z')])
      .when(authorise(), electronics)
      .thenFails('OutsideReturnWindow');
    given([requested('changed_mind', '2024-03-05T10:00:00Z')])
      .when(authorise(), electronics)
      .then([{ ...authorised, data: { ...authorised.data, windowDays: 7 } }]);
  });

  it('needs the policy and a send-by deadline in the future', () => {
    given([requested()]).when(authorise()).thenFails('ContextRequired');
    given([requested()]).when(authorise(now), context).thenFails('DeadlineBeforeNow');
  });

  it('records nothing when authorised again; refuses a refused return', () => {
    given([requested(), authorised]).when(authorise(), context).thenNothingHappens();
    const refuse = build(
      'RefuseReturn',
      { returnId, refusal: 'fraud_suspected', reason: 'Third return this week' },
      agent,
    );
    const refused = given([requested()])
      .when(refuse)
      .then([
        ev('ReturnRefused', {
          returnId,
          refusal: 'fraud_suspected',
          reason: 'Third return this week',
          refusedBy: { kind: 'agent', id: 'agent-1' },
          refusedAt: now,
        }),
      ]);
    given([requested(), ...refused])
      .when(authorise(), context)
      .thenFails('InvalidTransition');
  });
});

describe('return: shipping, cancelling, expiry', () => {
  const ship = build('ShipReturn', { returnId, carrier: 'DPD', trackingNumber: 'T1' }, agent);
  const cancel = build('CancelReturn', { returnId }, agent);
  const expire = (at: string, kind: 'system' | 'agent' = 'system') =>
    build('ExpireReturn', { returnId }, by(kind, 'expiry', at));

  it('ships an authorised return, not a requested one', () => {
    given([requested(), authorised]).when(ship).then([shipped]);
    given([requested()]).when(ship).thenFails('InvalidTransition');
  });

  it('cancels before receipt, not after', () => {
    given([requested(), authorised, shipped])
      .when(cancel)
      .then([ev('ReturnCancelled', { returnId, cancelledAt: now })]);
    given([
      requested(),
      authorised,
      shipped,
      ev('ReturnReceived', {
        returnId,
        lines: [{ sku: 'KET-1', quantity: 1, condition: 'sealed' }],
        receivedBy: { kind: 'warehouse', id: 'wh-1' },
        receivedAt: now,
      }),
    ])
      .when(cancel)
      .thenFails('InvalidTransition');
  });

  it('expires an authorised return once the send-by deadline passed with nothing shipped', () => {
    given([requested(), authorised])
      .when(expire('2024-03-24T10:00:00Z'))
      .then([
        ev('ReturnExpired', { returnId, sendBy: '2024-03-24T10:00:00Z', expiredAt: '2024-03-24T10:00:00Z' }),
      ]);
  });

  it('does not expire before the deadline, after shipping, or for anyone but the system', () => {
    given([requested(), authorised]).when(expire('2024-03-24T09:59:59Z')).thenFails('NotYetDue');
    given([requested(), authorised, shipped]).when(expire('2024-04-01T00:00:00Z')).thenNothingHappens();
    given([requested(), authorised]).when(expire('2024-04-01T00:00:00Z', 'agent')).thenFails('SystemOnly');
  });

  it('refuses commands on a return that was never requested', () => {
    given([]).when(ship).thenFails('ReturnNotFound');
  });
});
