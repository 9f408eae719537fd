import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import type { ComplaintCommand } from './commands';
import { complaintError, type ComplaintError } from './errors';
import type { ComplaintEvent } from './events';
import type { FiledComplaint } from './state';

type Result = E.Either<ComplaintError, ReadonlyArray<ComplaintEvent>>;
type Cmd<K extends ComplaintCommand['type']> = Of<ComplaintCommand, K>;

const ok = (...events: ComplaintEvent[]): Result => E.right(events);

export const requestProductTest = (
  { data, metadata }: Cmd<'RequestProductTest'>,
  s: FiledComplaint,
): Result =>
  s.productTests.some((p) => p.testId === data.testId)
    ? E.left(
        complaintError('ProductTestAlreadyRequested', `product test ${data.testId} was already requested`),
      )
    : ok({ type: 'ProductTestRequested', data: { ...data, requestedAt: metadata.now } });

/** A test result is a lab fact: it is recorded once and never overwritten. */
export const recordProductTestResult = (
  { data, metadata }: Cmd<'RecordProductTestResult'>,
  s: FiledComplaint,
): Result => {
  const test = s.productTests.find((p) => p.testId === data.testId);
  if (test === undefined)
    return E.left(complaintError('ProductTestNotFound', `no product test ${data.testId}`));
  if (test.result !== null) {
    return E.left(
      complaintError('ProductTestResultAlreadyRecorded', `test ${data.testId} already has a result`, {
        result: test.result,
      }),
    );
  }
  return ok({ type: 'ProductTestResultRecorded', data: { ...data, recordedAt: metadata.now } });
};

export const determineInsuranceCoverage = ({ data, metadata }: Cmd<'DetermineInsuranceCoverage'>): Result =>
  ok({ type: 'InsuranceCoverageDetermined', data: { ...data, determinedAt: metadata.now } });

export const reviewClaimAdjustment = ({ data, metadata }: Cmd<'ReviewClaimAdjustment'>): Result =>
  ok({ type: 'ClaimAdjustmentReviewed', data: { ...data, reviewedAt: metadata.now } });

/** Recording the same root cause again would duplicate a fact, so it is refused. */
export const recordRootCause = ({ data, metadata }: Cmd<'RecordRootCause'>, s: FiledComplaint): Result =>
  s.rootCause?.category === data.category && s.rootCause.description === data.description
    ? E.left(complaintError('NothingChanged', 'this root cause is already recorded'))
    : ok({ type: 'RootCauseRecorded', data: { ...data, recordedAt: metadata.now } });
