import { isDomainError, type DomainError, type ErrorKind } from '@casebook/domain';
import type { RunError } from '@casebook/event-store';
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
