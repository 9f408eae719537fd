/**
 * A business-rule refusal, returned (never thrown) by `decide`. The API maps `_tag` to an HTTP
 * status and a problem-details body; `details` carries the facts behind the refusal.
 */
export interface DomainError<Tag extends string = string> {
  readonly _tag: Tag;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Builds a tagged domain error. */
export const domainError = <Tag extends string>(
  tag: Tag,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): DomainError<Tag> => (details === undefined ? { _tag: tag, message } : { _tag: tag, message, details });

/** Tags shared by every aggregate. */
export type CommonErrorTag =
  'NotFound' | 'AlreadyExists' | 'InvalidTransition' | 'NothingChanged' | 'ContextRequired' | 'Forbidden';
