import { isRecord } from './codec';

/**
 * What kind of refusal an error is, declared where the error is defined so that the edge maps
 * the kind (not a pattern on the name) to a status:
 * - `not_found`: the thing the command is addressed to does not exist (HTTP 404);
 * - `conflict`: it exists already, or another writer got there first (409);
 * - `forbidden`: the caller may not do this, whatever the state (403);
 * - `rule`: a business rule refuses it in the current state (422).
 */
export type ErrorKind = 'not_found' | 'conflict' | 'forbidden' | 'rule';

/**
 * A business-rule refusal, returned (never thrown) by `decide`. The API maps `kind` to an HTTP
 * status and uses `_tag` as the problem's code; `details` carries the facts behind the refusal.
 */
export interface DomainError<Tag extends string = string> {
  readonly _tag: Tag;
  readonly kind: ErrorKind;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Builds the error constructor of one aggregate from its table of tags and their kinds: the
 * table is the one place a tag is declared, and the tag type is derived from it.
 */
export const errorsOf =
  <K extends Readonly<Record<string, ErrorKind>>>(kinds: K) =>
  (
    tag: keyof K & string,
    message: string,
    details?: Readonly<Record<string, unknown>>,
  ): DomainError<keyof K & string> => {
    const kind = kinds[tag] ?? 'rule';
    return details === undefined ? { _tag: tag, kind, message } : { _tag: tag, kind, message, details };
  };

const KINDS: ReadonlySet<unknown> = new Set<ErrorKind>(['not_found', 'conflict', 'forbidden', 'rule']);

/** True for a domain error value (a decider's refusal), e.g. before an edge maps its kind. */
export const isDomainError = (u: unknown): u is DomainError =>
  isRecord(u) && typeof u._tag === 'string' && typeof u.message === 'string' && KINDS.has(u.kind);
