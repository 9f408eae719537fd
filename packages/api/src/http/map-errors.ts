import { isDomainError, type DomainError, type ErrorKind } from '@casebook/domain';
import type { InvalidAppend, RunError } from '@casebook/event-store';
import { problem, type Problem } from './problem';

const resourceOf = (streamId: string) => streamId.split('-')[0] ?? 'resource';

/** The status of each kind of domain refusal; the error's tag is always the problem's `code`. */
export const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  rule: 422,
};

/** Everything the runner can answer besides success, as a problem. */
export function problemOfRunError(e: RunError): Problem {
  switch (e._tag) {
    case 'StreamNotFound':
      return problem(
        404,
        'NotFound',
        `no ${resourceOf(e.streamId)} ${e.streamId.slice(resourceOf(e.streamId).length + 1)}`,
      );
    case 'StreamAlreadyExists':
      return problem(409, 'AlreadyExists', `${e.streamId} already exists`);
    case 'StaleVersion':
      return problem(
        412,
        'StaleVersion',
        `If-Match names version ${e.expected}, the current version is ${e.actual}`,
        {
          currentVersion: Number(e.actual),
        },
      );
    case 'ConcurrencyConflict':
      return problem(
        409,
        'ConcurrencyConflict',
        `${e.streamId} kept changing; ${e.attempts} attempts lost the race`,
      );
    case 'Rejected':
      return isDomainError(e.error) ? problemOfDomainError(e.error) : problem(500, 'InternalError');
    default:
      return problem(500, 'InternalError');
  }
}

function problemOfDomainError({ _tag, kind, message, details }: DomainError): Problem {
  return problem(STATUS_OF_KIND[kind], _tag, message, details === undefined ? {} : { details });
}

/** The store's refusal, matched by its stable code (not instanceof: package copies may differ). */
const isInvalidAppend = (e: unknown): e is InvalidAppend =>
  e instanceof Error && (e as { code?: unknown }).code === 'InvalidAppend';

/**
 * `appends[0].events[1].data.amount.minor` -> `amount.minor`: command payloads become event
 * payloads under the same field names, so the field of the event is the field the client sent.
 * A field outside `data` (the metadata the API made up) is named as the store named it.
 */
export const clientFieldOf = (storeField: string): string => {
  const m = /(?:^|\.)data(?:\.(.*))?$/.exec(storeField);
  if (m === null) return storeField;
  return m[1] ?? '(root)';
};

/**
 * The store refusing an append as invalid (a NUL the codecs let through, say) is still the
 * caller's input at fault, and nothing was written: a 400 naming the field, never a 500. The
 * codecs should have caught it first (text.ts), so each such answer is worth a look, not a page.
 */
export function problemOfStoreRefusal(e: unknown): Problem | undefined {
  if (!isInvalidAppend(e)) return undefined;
  const errors = [{ path: clientFieldOf(e.field), reason: e.reason }];
  return problem(400, 'InvalidInput', 'the request holds a value that cannot be stored', { errors });
}
