import { specFor } from '../testing';
import { refundDecider } from './index';
import { context, gbp, request, requested } from './refund.fixtures';

const { given } = specFor(refundDecider);

describe('refund: request', () => {
  it('records a request within the limit as not needing a supervisor', () => {
    given([])
      .when(request(1500), context())
      .then([requested(1500, false)]);
  });

  it('records a request over the limit as needing a supervisor', () => {
    given([])
      .when(request(3000), context())
      .then([requested(3000, true)]);
  });

  it('refunds up to the amount paid, counting other active refunds', () => {
    given([])
      .when(request(2000), context([{ id: 'r-0', status: 'approved', minor: 3000 }]))
      .then([requested(2000, false)]);
  });

  it('refuses a refund that would exceed the amount paid', () => {
    const error = given([])
      .when(request(2001), context([{ id: 'r-0', status: 'settled', minor: 3000 }]))
      .thenFails('RefundExceedsPaidAmount');
    expect(error.details).toEqual({ available: gbp(2000), requested: gbp(2001) });
  });

  it('does not count failed or rejected refunds against the amount paid', () => {
    const ctx = context([
      { id: 'r-0', status: 'failed', minor: 5000 },
      { id: 'r-9', status: 'rejected', minor: 5000 },
    ]);
    given([])
      .when(request(5000), ctx)
      .then([requested(5000, true)]);
  });

  it('refuses a currency other than the one paid', () => {
    given([])
      .when(request(100), context([], { amountPaid: { minor: 5000, currency: 'EUR' } }))
      .thenFails('CurrencyMismatch');
  });

  it('refuses a refund for a missing or closed complaint, or without context', () => {
    given([])
      .when(request(100), { ...context(), complaint: null })
      .thenFails('ComplaintNotFound');
    given([])
      .when(request(100), context([], { status: 'closed' }))
      .thenFails('ComplaintClosed');
    given([]).when(request(100)).thenFails('ContextRequired');
  });

  it('refuses to request the same refund twice', () => {
    given([requested(100, false)])
      .when(request(100), context())
      .thenFails('RefundAlreadyRequested');
  });
});

describe('refund: amount guard', () => {
  it('refuses a non-positive amount even when the command was built without the codec', () => {
    const bad = { ...request(100), data: { ...request(100).data, amount: { minor: 0, currency: 'GBP' } } };
    given([]).when(bad, context()).thenFails('InvalidAmount');
  });
});
