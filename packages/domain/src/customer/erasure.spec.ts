import { fold } from '../shared/decider';
import { decodeWith, formatErrors } from '../shared/decode';
import { ERASED } from '../shared/personal';
import { specFor } from '../testing';
import { customerEventPayloads } from './events';
import {
  cmd,
  complaint,
  context,
  customerId,
  erase,
  erased,
  ev,
  hold,
  holdPlaced,
  now,
  registered,
  request,
} from './erasure.fixtures';
import { customerDecider } from './index';

const { given } = specFor(customerDecider);
const refused = (refusals: ReadonlyArray<Record<string, unknown>>, when = now) =>
  ev('CustomerErasureRefused', { ...request, refusals, refusedAt: when });

describe('customer erasure: when the data can go', () => {
  it('erases a customer with no complaints and no hold', () => {
    given([registered]).when(erase(), context()).then([erased()]);
  });

  it('erases once every complaint is closed and past its retention period', () => {
    given([registered])
      .when(
        erase(),
        context(
          complaint('c-1', 'closed', 'FCA_DISP', '2021-03-05T10:00:00Z'),
          complaint('c-2', 'closed', 'NONE', '2024-03-06T09:00:00Z'),
        ),
      )
      .then([erased()]);
  });

  it('refuses an unregistered customer, and a decision without the context', () => {
    given([]).when(erase(), context()).thenFails('CustomerNotFound');
    given([registered]).when(erase()).thenFails('ContextRequired');
  });

  it('records nothing when asked again after the erasure, context or not', () => {
    given([registered, erased()]).when(erase(), context()).thenNothingHappens();
    given([registered, erased()]).when(erase()).thenNothingHappens();
  });
});

describe('customer erasure: refusals are recorded, not errors', () => {
  it('refuses while a complaint is not closed', () => {
    given([registered])
      .when(erase(), context(complaint('c-1', 'resolved')))
      .then([refused([{ rule: 'open_complaint', complaintId: 'c-1', detail: 'complaint c-1 is resolved' }])]);
  });

  it('refuses until the retention period after the close has run, to the millisecond', () => {
    const closed = context(complaint('c-1', 'closed', 'FCA_DISP', '2021-03-06T10:00:00Z'));
    const justBefore = '2024-03-06T09:59:59.999Z';
    given([registered])
      .when(erase(justBefore), closed)
      .then([
        refused(
          [
            {
              rule: 'retention_period',
              complaintId: 'c-1',
              until: '2024-03-06T10:00:00.000Z',
              detail:
                'complaint c-1 (FCA_DISP) closed 2021-03-06T10:00:00Z: records kept until 2024-03-06T10:00:00.000Z',
            },
          ],
          justBefore,
        ),
      ]);
    given([registered]).when(erase('2024-03-06T10:00:00Z'), closed).then([erased()]);
  });

  it('keeps CFPB complaints three years too, and honours a configured policy', () => {
    const cfpb = complaint('c-1', 'closed', 'CFPB', '2022-01-01T00:00:00Z');
    expect(given([registered]).when(erase(), context(cfpb)).result).toMatchObject({
      right: [
        { type: 'CustomerErasureRefused', data: { refusals: [{ until: '2025-01-01T00:00:00.000Z' }] } },
      ],
    });
    const shorter = {
      ...context(cfpb),
      retention: { FCA_DISP: { years: 3 }, CFPB: { years: 2 }, NONE: { years: 0 } },
    };
    given([registered]).when(erase(), shorter).then([erased()]);
  });

  it('refuses under a legal hold', () => {
    given([registered, holdPlaced])
      .when(erase(), context())
      .then([refused([{ rule: 'legal_hold', detail: 'legal hold LIT-42: Litigation pending' }])]);
  });

  it('lists every reason at once: complaints in context order, then the hold', () => {
    const ctx = context(
      complaint('c-1', 'open'),
      complaint('c-2', 'closed', 'FCA_DISP', '2023-01-01T00:00:00Z'),
      complaint('c-3', 'closed', 'NONE', '2023-01-01T00:00:00Z'),
      complaint('c-4', 'awaiting_customer'),
    );
    const result = given([registered, holdPlaced]).when(erase(), ctx).result;
    expect(result).toMatchObject({ right: [{ type: 'CustomerErasureRefused' }] });
    const data = result._tag === 'Right' ? result.right[0]?.data : undefined;
    expect(data && 'refusals' in data && data.refusals.map((r) => [r.rule, r.complaintId])).toEqual([
      ['open_complaint', 'c-1'],
      ['retention_period', 'c-2'],
      ['open_complaint', 'c-4'],
      ['legal_hold', undefined],
    ]);
  });

  it('changes nothing in the state by a refusal', () => {
    const { evolve, initialState } = customerDecider;
    const before = fold(evolve, initialState, [registered, holdPlaced]);
    const refusal = refused([{ rule: 'legal_hold', detail: 'legal hold LIT-42: Litigation pending' }]);
    expect(evolve(before, refusal)).toBe(before);
  });

  it('never records a refusal without a reason', () => {
    const result = decodeWith(customerEventPayloads.CustomerErasureRefused, {
      ...request,
      refusals: [],
      refusedAt: now,
    });
    expect(result._tag === 'Left' && formatErrors(result.left)).toEqual([
      'refusals: expected at least one refusal',
    ]);
  });
});

describe('customer erasure: the erased customer', () => {
  it('reads as erased: name and email the marker, the rest gone', () => {
    const { evolve, initialState } = customerDecider;
    const paid = ev('PaymentMethodChanged', {
      customerId,
      token: 'pm_1',
      maskedLabel: 'Visa •••• 4242',
      changedAt: now,
    });
    expect(fold(evolve, initialState, [registered, paid, erased()])).toEqual({
      status: 'erased',
      customerId,
      name: ERASED,
      email: ERASED,
      phone: null,
      address: null,
      paymentToken: null,
      confirmedTransactions: [],
      legalHold: null,
      erasedAt: now,
    });
  });

  it('refuses every other command', () => {
    const after = [registered, erased()];
    given(after)
      .when(cmd('RegisterCustomer', { customerId, name: 'Ada', email: 'ada@example.com' }))
      .thenFails('CustomerErased');
    given(after)
      .when(cmd('ChangeContactDetails', { customerId, email: 'ada@new.example' }))
      .thenFails('CustomerErased');
    given(after)
      .when(cmd('VerifyIdentity', { customerId, method: 'document' }))
      .thenFails('CustomerErased');
    given(after).when(cmd('PlaceLegalHold', hold)).thenFails('CustomerErased');
    given(after)
      .when(cmd('ReleaseLegalHold', { customerId, reason: 'Settled' }))
      .thenFails('CustomerErased');
  });

  it('folds shredded events: each personal field reads as the marker', () => {
    const shredded = ev('CustomerRegistered', {
      customerId,
      name: ERASED,
      email: ERASED,
      phone: ERASED,
      address: ERASED,
      registeredAt: now,
    });
    const { evolve, initialState } = customerDecider;
    expect(fold(evolve, initialState, [shredded])).toMatchObject({ name: ERASED, address: ERASED });
    expect(fold(evolve, initialState, [shredded, erased()])).toMatchObject({
      status: 'erased',
      address: null,
    });
  });
});
