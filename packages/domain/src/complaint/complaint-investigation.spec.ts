import { specFor } from '../testing';
import {
  cmd,
  complaintId,
  ev,
  filed,
  gbp,
  now,
  refundLinked,
  rootCause,
  escalationLinked,
} from './complaint.fixtures';
import { complaintDecider } from './index';

const { given } = specFor(complaintDecider);

describe('complaint: investigation', () => {
  const test = { complaintId, testId: 't1', product: 'Kettle K2', instructions: 'Check the thermostat' };
  const requested = ev('ProductTestRequested', { ...test, requestedAt: now });

  it('requests a product test once per test id', () => {
    given([filed()]).when(cmd('RequestProductTest', test)).then([requested]);
    given([filed(), requested])
      .when(cmd('RequestProductTest', test))
      .thenFails('ProductTestAlreadyRequested');
  });

  it('records a product test result once, and only for a requested test', () => {
    const result = {
      complaintId,
      testId: 't1',
      result: 'defect_confirmed',
      notes: 'Thermostat faulty',
    } as const;
    const recorded = given([filed(), requested])
      .when(cmd('RecordProductTestResult', result))
      .then([ev('ProductTestResultRecorded', { ...result, recordedAt: now })]);
    given([filed(), requested, ...recorded])
      .when(cmd('RecordProductTestResult', result))
      .thenFails('ProductTestResultAlreadyRecorded');
    given([filed()]).when(cmd('RecordProductTestResult', result)).thenFails('ProductTestNotFound');
  });

  it('determines insurance coverage', () => {
    const data = { complaintId, covered: true, insurer: 'Acme Mutual', coveredAmount: gbp(3000) };
    given([filed()])
      .when(cmd('DetermineInsuranceCoverage', data))
      .then([ev('InsuranceCoverageDetermined', { ...data, determinedAt: now })]);
  });

  it('reviews a claim adjustment', () => {
    const data = {
      complaintId,
      claimReference: 'CLM-9',
      decision: 'adjusted',
      adjustedAmount: gbp(2500),
      notes: 'Partial',
    } as const;
    given([filed()])
      .when(cmd('ReviewClaimAdjustment', data))
      .then([ev('ClaimAdjustmentReviewed', { ...data, reviewedAt: now })]);
  });

  it('records a root cause, refusing the same one twice', () => {
    const data = { complaintId, category: 'carrier', description: 'Courier dropped it' };
    given([filed()])
      .when(cmd('RecordRootCause', data))
      .then([ev('RootCauseRecorded', { ...data, recordedAt: now })]);
    given([filed(), rootCause]).when(cmd('RecordRootCause', data)).thenFails('NothingChanged');
  });

  it('links a refund once; the same link again records nothing', () => {
    const data = { complaintId, refundId: 'r-1', amount: gbp(5000), reason: 'damaged_in_transit' } as const;
    given([filed()]).when(cmd('LinkRefund', data)).then([refundLinked]);
    given([filed(), refundLinked]).when(cmd('LinkRefund', data)).thenNothingHappens();
  });

  it('refuses to link a refund in another currency', () => {
    given([filed()])
      .when(
        cmd('LinkRefund', {
          complaintId,
          refundId: 'r-1',
          amount: { minor: 100, currency: 'USD' },
          reason: 'goodwill',
        }),
      )
      .thenFails('CurrencyMismatch');
  });

  it('links an escalation once; the same link again records nothing', () => {
    given([filed()])
      .when(cmd('LinkEscalation', { complaintId, escalationId: 'e-1' }))
      .then([escalationLinked]);
    given([filed(), escalationLinked])
      .when(cmd('LinkEscalation', { complaintId, escalationId: 'e-1' }))
      .thenNothingHappens();
  });
});
