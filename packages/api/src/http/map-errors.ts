import type { RunError } from '@casebook/event-store';
import { problem, type Problem } from './problem';

const resourceOf = (streamId: string) => streamId.split('-')[0] ?? 'resource';

/** Status for a domain error tag: the tag itself is always the problem's `code`. */
export function statusOfTag(tag: string): number {
  if (/NotFound$/.test(tag)) return 404;
  if (/Already(Exists|Filed|Registered|Requested|Raised|Logged)$/.test(tag)) return 409;
  if (tag === 'Forbidden' || /^NotAllowed|Unauthori[sz]ed$/.test(tag)) return 403;
  return 422;
}

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
      return problemOfDomainError(e.error);
    default:
      return problem(500, 'InternalError');
  }
}

function problemOfDomainError(error: unknown): Problem {
  const { _tag, message, details } = error as {
    _tag: string;
    message?: string;
    details?: Record<string, unknown>;
  };
  return problem(statusOfTag(_tag), _tag, message, details === undefined ? {} : { details });
}
